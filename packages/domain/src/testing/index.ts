// Builders for other packages' tests (`@nguon/domain/testing`); never imported by production code.
export { definition, job, stage } from '../processes/process-fixtures';
