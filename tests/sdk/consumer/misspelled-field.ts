// Must NOT compile: `titel` is not a field of an article.
import { createDiplographClient } from '@diplograph/sdk';

const client = createDiplographClient({ url: 'http://localhost:4000/graphql' });
const { articles } = await client.articles({ first: 1 });
console.log(articles.edges[0]?.node.titel);
