// ESLint for the whole repository: typescript-eslint (with the type-aware rules that catch lost
// promises) and the import boundaries of docs/architecture.md, checked in CI by `npm run lint`.
import { readdirSync, existsSync } from "node:fs";
import js from "@eslint/js";
import tseslint from "typescript-eslint";

// every subgraph package: a folder in services/ with src/subgraph.ts (see services/kit/src/registry.ts)
const subgraphs = readdirSync(new URL("./services", import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(new URL(`./services/${d.name}/src/subgraph.ts`, import.meta.url)))
  .map((d) => d.name);

const serverLibraries = [
  "typeorm",
  "type-graphql",
  "graphql",
  "graphql-request",
  "graphql-scalars",
  "@apollo/*",
  "express",
  "mysql2",
  "better-sqlite3",
  "dataloader",
  "class-validator",
  "jose",
];

const pureRules = (message) => ({
  "no-restricted-imports": [
    "error",
    {
      paths: [
        { name: "@prp/kit", message: "pure code imports only @prp/kit/core" },
        { name: "@prp/kit/testing", message: "pure code imports only @prp/kit/core" },
        ...subgraphs.map((s) => ({ name: `@prp/${s}`, message: "a subgraph never imports another subgraph" })),
      ],
      patterns: [
        { group: serverLibraries, message },
        { group: ["**/entities", "**/entities/*", "**/graph/*", "**/app/*", "**/infra/*", "**/seed/*"], message },
      ],
    },
  ],
});

export default tseslint.config(
  {
    ignores: [
      "**/dist/**",
      "**/node_modules/**",
      "data/**",
      "admin/**/*.html",
      "**/*.js",
      "**/*.mjs",
      "**/*.cjs",
      "schema/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // type-aware: a promise nobody awaits loses its error, and a transaction its order
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": [
        "error",
        { checksVoidReturn: { arguments: false, attributes: false } },
      ],
      "@typescript-eslint/await-thenable": "error",
      // the code talks to untyped drivers and GraphQL internals in a few places, on purpose
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-require-imports": "off",
      "@typescript-eslint/no-unsafe-function-type": "off",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
      "no-empty": ["error", { allowEmptyCatch: true }],
      // Chinese text uses the ideographic space (U+3000) on purpose
      "no-irregular-whitespace": ["error", { skipStrings: true, skipTemplates: true }],
      "prefer-const": ["error", { ignoreReadBeforeAssign: true }],
    },
  },
  // domain rules and the kit's pure core: no ORM, server or GraphQL library
  {
    files: ["services/*/src/domain/**/*.ts"],
    rules: pureRules("domain rules do no I/O: no ORM, server or GraphQL library (see docs/architecture.md)"),
  },
  {
    files: ["services/kit/src/core/**/*.ts"],
    rules: pureRules("the kit's core is pure: no ORM, server or GraphQL library"),
  },
  // a subgraph never imports another subgraph; it meets them in the graph and in events
  ...subgraphs.map((name) => ({
    files: [`services/${name}/**/*.ts`],
    ignores: [`services/${name}/src/domain/**`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: subgraphs
            .filter((other) => other !== name)
            .map((other) => ({
              group: [`@prp/${other}`, `@prp/${other}/*`, `**/${other}/src/**`],
              message: `a subgraph never imports another subgraph (${name} → ${other}): use the graph or an event contract`,
            })),
        },
      ],
    },
  })),
  // the kit and the contracts serve every subgraph and know none of them
  {
    files: ["services/kit/**/*.ts", "services/contracts/**/*.ts"],
    ignores: ["services/kit/src/core/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: subgraphs.flatMap((s) => [`@prp/${s}`, `@prp/${s}/*`, `**/${s}/src/**`]),
              message: "the kit and the contracts import no subgraph",
            },
          ],
        },
      ],
    },
  },
  // the portal talks to the gateway only
  {
    files: ["admin/**/*.ts", "admin/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@prp/*", "**/services/**", "**/gateway/**"],
              message: "the portal imports no service code: it talks to the gateway's /graphql",
            },
          ],
        },
      ],
    },
  },
);
