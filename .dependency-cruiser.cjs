/** Dependency rules of DESIGN.md §1, checked as errors in `npm run lint` (part of `npm test`). */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: { path: '^src' }, to: { circular: true } },
    {
      name: 'module-public-surface',
      comment: 'Another module is reached only through its index.ts (or its contracts.ts).',
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/', pathNot: '(\\.test\\.ts$|/testing/)' },
      to: {
        path: '^src/modules/([^/]+)/',
        pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/(index|contracts)\\.ts$'],
      },
    },
    {
      name: 'tests-use-public-surface-or-builders',
      comment: "Tests may also use another module's test builders (testing/builders.ts).",
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/.*(\\.test\\.ts$|/testing/)' },
      to: {
        path: '^src/modules/([^/]+)/',
        pathNot: [
          '^src/modules/$1/',
          '^src/modules/[^/]+/(index|contracts)\\.ts$',
          '^src/modules/[^/]+/testing/builders\\.ts$',
        ],
      },
    },
    {
      name: 'reference-modules-stand-alone',
      comment: 'calendar, catalog and identity depend on nothing but the kernel.',
      severity: 'error',
      from: { path: '^src/modules/(calendar|catalog|identity)/', pathNot: '(\\.test\\.ts$|/testing/)' },
      to: { path: '^src/modules/', pathNot: '^src/modules/$1/' },
    },
    {
      name: 'kernel-depends-on-nothing',
      severity: 'error',
      from: { path: '^src/kernel/' },
      to: { path: '^src/(modules|server|cli|jobs)/' },
    },
    {
      name: 'modules-not-on-server',
      comment: 'Modules never import the composition root or the CLI.',
      severity: 'error',
      from: { path: '^src/modules/', pathNot: '\\.(integration\\.)?test\\.ts$' },
      to: { path: '^src/(server|cli)/' },
    },
    {
      name: 'web-only-contracts',
      comment: 'The web app imports only the zod contracts of modules, never server code.',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^src/', pathNot: '^src/modules/[^/]+/contracts\\.ts$' },
    },
    {
      name: 'reports-read-only',
      severity: 'error',
      from: { path: '^src/modules/reports/' },
      to: { path: '^src/modules/[^/]+/application/.*(create|update|delete|import)', pathNot: '^src/modules/reports/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['node_modules', 'web/dist', 'data'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.json'],
    },
  },
};
