// Prisma's schema engine compiled to WASM, for authoring migrations and checking drift without the
// native binary (which cannot be downloaded here). Under Node 20 the package's entry does an ESM
// `.wasm` import that fails, so the module is instantiated by hand with its JS glue.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import * as glue from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';

const require = createRequire(import.meta.url);
let initialised = false;

function initialise(): void {
  if (initialised) return;
  // The .wasm file is not in the package's exports; find it beside the exported glue.
  const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const wasmPath = path.join(path.dirname(gluePath), 'schema_engine_bg.wasm');
  const module = new WebAssembly.Module(readFileSync(wasmPath));
  // The wasm imports its glue functions under the glue module's own specifier.
  const imports: WebAssembly.Imports = {};
  for (const entry of WebAssembly.Module.imports(module)) imports[entry.module] ??= glue as never;
  const instance = new WebAssembly.Instance(module, imports);
  const exports = instance.exports as Record<string, unknown> & { __wbindgen_start?: () => void };
  glue.__wbg_set_wasm(exports);
  exports.__wbindgen_start?.();
  initialised = true;
}

export async function openSchemaEngine(
  schema: string,
  adapter: SqlMigrationAwareDriverAdapterFactory,
): Promise<SchemaEngine> {
  initialise();
  const logs: string[] = [];
  const engine = (await glue.SchemaEngine.new(
    { datamodels: [['schema.prisma', schema]] },
    (line: string) => logs.push(line),
    bindMigrationAwareSqlAdapterFactory(adapter),
  )) as SchemaEngine;
  return engine;
}
