// `npm run schema` (node gateway/dist/schema-cli.js [--check]): regenerates schema/ from the
// subgraphs' code. With --check nothing is written and the exit code is 1 if schema/ is out of date.
import { relative } from "node:path";
import { schemaDir, writeSchemaFiles } from "./schema-tool";

async function main(): Promise<number> {
  process.env.APOLLO_TELEMETRY_DISABLED = "true";
  const check = process.argv.includes("--check");
  const dir = relative(process.cwd(), schemaDir()) || ".";
  const changes = await writeSchemaFiles({ check });

  const lines = [
    ...changes.created.map((f) => `  ${check ? "missing " : "created "} ${dir}/${f}`),
    ...changes.updated.map((f) => `  ${check ? "differs " : "updated "} ${dir}/${f}`),
    ...changes.stale.map((f) => `  ${check ? "stale   " : "removed "} ${dir}/${f}`),
  ];
  const drift = lines.length > 0;
  if (!drift) {
    console.log(`schema: ${changes.unchanged.length} files in ${dir}/ are up to date`);
    return 0;
  }
  console.log(lines.join("\n"));
  if (check) {
    console.error(`schema: ${dir}/ is out of date; run \`npm run schema\` and commit the result`);
    return 1;
  }
  console.log(`schema: ${changes.unchanged.length} unchanged`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`schema: ${err?.message ?? err}`);
    process.exit(1);
  },
);
