import { App } from 'aws-cdk-lib';
import { addRegisterStack } from '../lib/register-app';

const app = new App();
addRegisterStack(app);
