// Builders for other packages' tests (`@nguon/domain/testing`); never imported by production code.
export { definition, stage } from '../processes/process-fixtures';
