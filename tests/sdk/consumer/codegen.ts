// The codegen recipe of the SDK's README, as a consumer project writes it (tests/sdk/consumer.test.ts
// runs it): types for the consumer's own documents, from the schema the package ships.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'node_modules/@diplograph/sdk/schema.graphql',
  documents: ['src/**/*.ts', '!src/gql/**'],
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        emitLegacyCommonJSImports: false,
        scalars: {
          DateTime: 'string',
          PartialDate: { input: 'string', output: "import('@diplograph/sdk').PartialDate" },
        },
      },
    },
  },
};

export default config;
