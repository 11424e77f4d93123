/** What the process services say in a problem's params (`processes.detail.*`); the API words them. */
const vi = {
  'processes.detail.someoneElse': 'Người khác',
} as const;

const en: Record<keyof typeof vi, string> = {
  'processes.detail.someoneElse': 'Someone else',
};

export const processDetailMessages = { vi, en };
