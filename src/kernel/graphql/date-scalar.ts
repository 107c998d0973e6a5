import { GraphQLScalarType, Kind } from 'graphql';
import { isIsoDate } from '../domain/clock';

const MESSAGE = 'Date must be a calendar date written YYYY-MM-DD, such as 2027-03-01';

/**
 * The schema's `Date`: a calendar date `YYYY-MM-DD` in England, every register's (ACV deadlines, co-location
 * availability). Checked to be a real date (no 2027-02-29) when it arrives, sent as the text it is stored as.
 */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, ISO-8601 `YYYY-MM-DD`, in the Europe/London calendar.',
  serialize: (value) => String(value),
  parseValue: (value) => {
    if (typeof value !== 'string' || !isIsoDate(value)) throw new TypeError(MESSAGE);
    return value;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || !isIsoDate(ast.value)) throw new TypeError(MESSAGE);
    return ast.value;
  },
});
