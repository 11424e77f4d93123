import { canonicalJson } from '../canonical/canonical-json';
import { type ProcessDefinition, processSchemaVersion } from './process-definition';

/** The definition a new process draft starts from. */
export function emptyProcessDefinition(): ProcessDefinition {
  return { schemaVersion: processSchemaVersion, stages: [], edges: [] };
}

/** Whether two definitions differ in anything at all, positions included; drives "Publish" being enabled. */
export function isProcessDefinitionChanged(a: ProcessDefinition, b: ProcessDefinition): boolean {
  return canonicalJson(a) !== canonicalJson(b);
}
