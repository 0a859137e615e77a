// graphql-codegen: from the committed schema.graphql and the SDK's operations, generate
//  - sdk/src/generated/graphql.ts: typed documents as strings (documentMode 'string': the SDK needs no
//    graphql-js at run time) carrying their sha256 hash (persisted documents),
//  - sdk/src/generated/methods.ts: one typed client method per operation,
//  - sdk/persisted-documents.json: hash → document, the server's trusted-documents allow-list.
// Fragment masking is off: SDK users get plain result types without unmasking helpers.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['sdk/operations/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'sdk/src/generated/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        gqlTagName: 'graphql',
        persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: 'sha256' },
      },
      config: {
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: false,
        emitLegacyCommonJSImports: false,
        // Results carry the scalars' own types (PartialDate: "2021" | "2021-08" | "2021-08-02");
        // inputs accept any string and the server validates it.
        scalars: {
          DateTime: 'string',
          PartialDate: { input: 'string', output: "import('../scalars.js').PartialDate" },
        },
      },
    },
    'sdk/src/generated/methods.ts': {
      plugins: ['./sdk/codegen/methods-plugin.cjs'],
    },
  },
  hooks: {},
};

export default config;
