export { PASSWORD_MIN_LENGTH } from '../http/common.constants';
