/** Layering from DESIGN.md: apps -> services -> db, contracts -> forms -> domain. */
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
      comment:
        'contracts imports domain and forms (whose codes its catalogues word); forms imports domain only.',
      from: { path: pkg('contracts') },
      to: {
        path: [
          '^(packages|apps)/(?!(contracts|domain|forms)/)',
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
      name: 'services-test-kit-only-in-tests',
      severity: 'error',
      comment: 'The services test kit (src/testing/) is used by test files only, never by a use case.',
      from: {
        path: '^packages/services/src/',
        pathNot: ['\\.test\\.ts$', '^packages/services/src/testing/'],
      },
      to: { path: '^packages/services/src/testing/' },
    },
    {
      name: 'pglite-only-through-db',
      severity: 'error',
      comment: 'PGlite is opened by packages/db only, which takes the data directory lock first.',
      from: { path: '^(packages|apps)/', pathNot: '^packages/db/' },
      to: { path: 'node_modules/@electric-sql/pglite' },
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
          '^packages/contracts/src/client\\.ts$',
        ],
      },
    },
    {
      name: 'contracts-features-independent',
      severity: 'error',
      comment:
        'A contracts folder imports only itself and the shared folders http/, errors/ and messages/; those import no feature.',
      from: { path: '^packages/contracts/src/([^/]+)/', pathNot: '^packages/contracts/src/templates/' },
      to: {
        path: '^packages/contracts/src/[^/]+/',
        pathNot: '^packages/contracts/src/($1|http|errors|messages)/',
      },
    },
    {
      name: 'contracts-templates-over-features',
      severity: 'error',
      comment:
        'A template bundles a process, its catalogs and a product: templates/ may read those three features; none reads templates/.',
      from: { path: '^packages/contracts/src/templates/' },
      to: {
        path: '^packages/contracts/src/[^/]+/',
        pathNot: '^packages/contracts/src/(templates|processes|catalogs|products|http|errors|messages)/',
      },
    },
    {
      name: 'contracts-folders-below-assembly',
      severity: 'error',
      comment: 'The files at the top of contracts/src assemble the folders; no folder imports them back.',
      from: { path: '^packages/contracts/src/[^/]+/' },
      to: { path: '^packages/contracts/src/[^/]+\\.ts$' },
    },
    {
      name: 'contracts-client-without-typebox',
      severity: 'error',
      comment: 'The client entry and what it runs carry no TypeBox schema: types only (import type).',
      from: {
        path: '^packages/contracts/src/(client|api-client|client-routes\\.gen|errors/lang|http/media-types|messages/[^/]+|[^/]+/[^/]+\\.(constants|messages))\\.ts$',
      },
      to: {
        path: [
          'node_modules/@sinclair/typebox',
          '\\.(schemas|endpoints)\\.ts$',
          '^packages/contracts/src/endpoints\\.ts$',
        ],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'web-contracts-through-client',
      severity: 'error',
      comment:
        'The web app imports @nguon/contracts/client, which keeps TypeBox out of the bundle; tests may use the whole package.',
      from: { path: '^apps/web/src/', pathNot: ['\\.test\\.tsx?$', '/testing/', '^apps/web/src/test/'] },
      to: { path: '^packages/contracts/src/index\\.ts$' },
    },
    {
      name: 'api-http-below-features',
      severity: 'error',
      comment:
        'apps/api/src/http holds the helpers routes use; the app that mounts every feature sits above it (src/app.ts).',
      from: { path: '^apps/api/src/http/' },
      to: { path: '^apps/api/src/', pathNot: '^apps/api/src/(http|testing)/' },
    },
    {
      name: 'api-feature-folders-independent',
      severity: 'error',
      comment:
        'An api folder imports itself, http/ and top-level leaves (config.ts); never another feature nor the app above it.',
      from: { path: '^apps/api/src/([^/]+)/', pathNot: '^apps/api/src/testing/|\\.test\\.ts$' },
      to: {
        path: ['^apps/api/src/[^/]+/', '^apps/api/src/(app|platform|main|index)\\.ts$'],
        pathNot: '^apps/api/src/($1|http)/',
      },
    },
    {
      name: 'worker-only-composition',
      severity: 'error',
      comment:
        'apps/worker runs jobs through the composition of @nguon/services (its index); never @nguon/db or a driver. Its tests, and their harness in src/testing/, may set up databases and queues as any test does.',
      from: { path: '^apps/worker/', pathNot: ['\\.test\\.ts$', '^apps/worker/src/testing/'] },
      to: {
        path: ['^packages/', 'node_modules/(pg|kysely|@electric-sql|bullmq|ioredis)/'],
        pathNot: '^packages/services/src/index\\.ts$',
      },
    },
    {
      name: 'services-ports-import-no-feature',
      severity: 'error',
      comment:
        'The queue port (jobs/) and the file-store port (file-store/) sit at the bottom: only sources/ below.',
      from: { path: '^packages/services/src/(jobs|file-store)/' },
      to: { path: '^packages/services/src/', pathNot: '^packages/services/src/($1|sources)/' },
    },
    {
      name: 'services-trace-ports-import-no-feature',
      severity: 'error',
      comment:
        'The trace ports sit below context/ (the change feed is in every ServiceContext): they import no feature.',
      from: { path: '^packages/services/src/trace/trace-ports\\.ts$' },
      to: {
        path: '^packages/services/src/',
        pathNot: '^packages/services/src/public-changes/public-changes\\.port\\.ts$',
      },
    },
    {
      name: 'services-public-changes-import-no-feature',
      severity: 'error',
      comment:
        'public-changes/ (the change feed port and the after-commit announce) sits below context/ and every writer.',
      from: { path: '^packages/services/src/public-changes/' },
      to: {
        path: '^packages/services/src/',
        pathNot: '^packages/services/src/(public-changes/|unit-of-work\\.ts$)',
      },
    },
    {
      name: 'services-context-below-features',
      severity: 'error',
      comment:
        'context/ (ServiceContext, job declarations) imports only the ports (the trace ports and the change feed port among them), sources/ and errors/.',
      from: { path: '^packages/services/src/context/' },
      to: {
        path: '^packages/services/src/',
        pathNot:
          '^packages/services/src/((context|jobs|file-store|sources|errors)/|trace/trace-ports\\.ts$|public-changes/public-changes\\.port\\.ts$)',
      },
    },
    {
      name: 'services-composition-on-top',
      severity: 'error',
      comment: 'Only the package entry imports composition/: it composes the features, none of them uses it.',
      from: { path: '^packages/services/src/', pathNot: '^packages/services/src/(composition/|index\\.ts$)' },
      to: { path: '^packages/services/src/composition/' },
    },
    {
      name: 'one-message-engine',
      severity: 'error',
      comment:
        'Words are formatted by one ICU engine (ADR 0004): only packages/contracts/src/messages uses intl-messageformat and its parser.',
      from: { pathNot: '^packages/contracts/src/messages/' },
      to: { path: 'node_modules/(intl-messageformat|@formatjs/)' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment:
        "Vite's `?url` imports name a file of a package (the label scanner's .wasm, ADR 0007) that Vite resolves; Node cannot.",
      from: {},
      to: { couldNotResolve: true, pathNot: '^[@a-z0-9][^?]*\\.wasm\\?url$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Our build output and data only: a package's own dist/ in node_modules is what an import resolves to.
    exclude: { path: ['^(dist|data)/', '^apps/[^/]+/(dist|data)/', '^packages/[^/]+/(dist|data)/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    combinedDependencies: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
