// The same package from CommonJS: `require` resolves the CommonJS build and its own declarations.
import sdk = require('@diplograph/sdk');

async function main(): Promise<void> {
  const client = sdk.createDiplographClient({ url: process.env.DIPLOGRAPH_URL! });
  const { articles } = await client.articles({ first: 1 });
  let pageSizeCode: string | undefined;
  try {
    await client.articles({ first: 1000 });
  } catch (error) {
    if (error instanceof sdk.DiplographGraphQLError) pageSizeCode = error.code;
  }
  // A typed result error, read without a hand-written type guard.
  const editor = sdk.createDiplographClient({ url: process.env.DIPLOGRAPH_URL!, apiKey: process.env.DIPLOGRAPH_API_KEY! });
  const { ingestDocument } = await editor.ingestDocument({ input: { text: '', source: 'cjs' } });
  let resultError: { typename: string; field: string | undefined } | null = null;
  try {
    sdk.unwrap(ingestDocument).documentId;
  } catch (error) {
    if (error instanceof sdk.DiplographResultError) resultError = { typename: error.typename, field: error.field };
  }
  console.log(JSON.stringify({ moduleKind: typeof module, articleCount: articles.totalCount, pageSizeCode, resultError }));
}

void main();
