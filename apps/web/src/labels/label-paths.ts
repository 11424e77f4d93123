export const labelsPath = '/labels';
export const labelBatchPath = (id: string) => `/labels/batches/${id}`;
/** A label's page by its serial: defined with the lot paths, whose record cards link to it. */
export { labelPath } from '../lots/lot-paths';
export const labelLayoutsPath = '/labels/layouts';
