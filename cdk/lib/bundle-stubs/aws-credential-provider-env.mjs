// The AWS SDK's credential chain for the Lambda bundle: credentials from the environment only. Lambda puts the
// function role's credentials in AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN, so the rest
// of the default chain (SSO, ini files, web identity, instance metadata, with the STS and SSO clients they
// carry: about 90 KB of the bundle) is never reached there. The local server and the tests are not bundled
// and keep the full chain.
import { fromEnv } from '../../../node_modules/@aws-sdk/credential-provider-env/dist-es/index.js';

export const defaultProvider = (init = {}) => fromEnv(init);
export default { defaultProvider };
