// A consumer's own query, typed by its codegen (codegen.ts) from the schema shipped in the package.
import { createDiplographClient, partialDatePrecision, type PartialDate } from '@diplograph/sdk';
import { graphql } from './gql/index.js';

const EarliestMeetings = graphql(`
  query EarliestMeetings($first: Int!) {
    meetings(first: $first, orderBy: START_DATE_ASC) {
      edges { node { key startDate format } }
    }
  }
`);

const client = createDiplographClient({ url: process.env.DIPLOGRAPH_URL! });
const { meetings } = await client.request(EarliestMeetings, { first: 3 });
const dated = meetings.edges.map(({ node }) => node).filter((node) => node.startDate !== null);
// startDate is a PartialDate, not `unknown` or a bare string: its precision is readable.
const first: PartialDate | null | undefined = dated[0]?.startDate;
console.log(JSON.stringify({ key: dated[0]?.key, startDate: first, precision: first ? partialDatePrecision(first) : null }));
