export { lotStatuses } from '../http/lot-status.constants';
