import { type EndpointSpec, endpoints, Problem } from '@nguon/contracts';
import { createSchemaCompiler, type SchemaValidator } from '@nguon/forms';

/** Test support: every answer a fake API gives is checked against the contract, so a fake cannot drift from it. */

const validatorFor = createSchemaCompiler();

interface Route {
  id: string;
  spec: EndpointSpec;
  pattern: RegExp;
  params: number;
}

// Literal paths before templated ones, so /processes/import is not taken for /processes/{id}.
const routes: Route[] = Object.entries(endpoints)
  .map(([id, spec]: [string, EndpointSpec]) => ({
    id,
    spec,
    pattern: new RegExp(`^${spec.path.replace(/\{\w+\}/g, '[^/]+')}$`),
    params: (spec.path.match(/\{/g) ?? []).length,
  }))
  .sort((a, b) => a.params - b.params);

const violations: string[] = [];

function describeErrors(validate: SchemaValidator): string {
  return (validate.errors ?? [])
    .map((error) => `${error.instancePath || '/'} ${error.keyword} ${JSON.stringify(error.params)}`)
    .join('; ');
}

/** The contract's verdict on one answer: undefined when it conforms, else what is wrong and where. */
export function contractViolation(
  method: string,
  path: string,
  status: number,
  body: unknown,
): string | undefined {
  const route = routes.find((r) => r.spec.method === method.toLowerCase() && r.pattern.test(path));
  if (!route) return `${method} ${path}: no endpoint of the contract has this method and path`;
  const where = `${route.id} (${method} ${path}) answered ${status}`;
  if (status >= 400) {
    const validate = validatorFor(Problem);
    return validate(body) ? undefined : `${where}: not a problem: ${describeErrors(validate)}`;
  }
  const accepted = status === 202 ? route.spec.accepted : undefined;
  if (status !== route.spec.status && !accepted) return `${where}, the contract says ${route.spec.status}`;
  if (status === 204 || route.spec.fileResponse) return undefined;
  const validate = validatorFor(accepted ?? route.spec.response);
  return validate(body) ? undefined : `${where}: ${describeErrors(validate)}`;
}

/** Checks a fake's answer and passes it on; a mismatch fails the running test (see takeContractViolations). */
export function checkedAnswer<A extends { status: number; body: unknown }>(
  method: string,
  path: string,
  answer: A,
): A {
  const violation = contractViolation(method, path, answer.status, answer.body);
  if (violation) violations.push(violation);
  return answer;
}

/** The mismatches found since the last call; the test setup fails a test that leaves any. */
export function takeContractViolations(): string[] {
  return violations.splice(0, violations.length);
}
