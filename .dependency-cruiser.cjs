/** Layering from DESIGN.md: apps -> services -> db, forms, contracts -> domain. */
const pkg = (name) => `^(packages|apps)/${name}/`;
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles are forbidden.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'domain imports no other package of ours and no framework.',
      from: { path: pkg('domain') },
      to: {
        path: [
          '^(packages|apps)/(?!domain/)',
          'node_modules/(express|react|pg|bullmq|ioredis|kysely|@electric-sql)',
        ],
      },
    },
    {
      name: 'forms-only-domain',
      severity: 'error',
      from: { path: pkg('forms') },
      to: {
        path: [
          '^(packages|apps)/(?!(forms|domain)/)',
          'node_modules/(express|react|pg|bullmq|ioredis|kysely|@electric-sql)',
        ],
      },
    },
    {
      name: 'contracts-only-domain',
      severity: 'error',
      from: { path: pkg('contracts') },
      to: {
        path: [
          '^(packages|apps)/(?!(contracts|domain)/)',
          'node_modules/(express|react|pg|bullmq|ioredis|kysely)',
        ],
      },
    },
    {
      name: 'db-below-services',
      severity: 'error',
      from: { path: pkg('db') },
      to: { path: '^(packages|apps)/(?!(db|domain)/)' },
    },
    {
      name: 'services-below-apps',
      severity: 'error',
      from: { path: pkg('services') },
      to: { path: '^apps/' },
    },
    {
      name: 'web-never-server-side',
      severity: 'error',
      comment: 'web never imports db or services.',
      from: { path: '^apps/web/' },
      to: {
        path: ['^packages/(db|services)/', 'node_modules/(pg|kysely|bullmq|ioredis|express|@electric-sql)'],
      },
    },
    {
      name: 'apps-not-each-other',
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'no-deep-imports',
      severity: 'error',
      comment: 'A package is used through its src/index.ts only.',
      from: { path: '^(packages|apps)/([^/]+)/' },
      to: {
        path: '^packages/([^/]+)/src/.+',
        pathNot: [
          '^packages/$2/',
          '^packages/[^/]+/src/index\\.ts$',
          '^packages/(db|domain)/src/testing/index\\.ts$',
        ],
      },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|data)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    combinedDependencies: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
