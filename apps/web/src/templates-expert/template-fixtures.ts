import type { SessionView, TemplateSummary, TemplateVersionSummary } from '@nguon/contracts/client';

/** Test fixtures: an expert of the centre with no tenant, and a tea template with two versions. */
export const templateId = '00000000-0000-4000-8000-00000000e001';

export function expertSession(platformRoles: SessionView['platformRoles'] = ['expert']): SessionView {
  return {
    user: {
      id: '00000000-0000-4000-8000-0000000000e0',
      name: 'Chuyên gia Hà',
      email: 'ha@ttkn.vn',
      phone: null,
    },
    memberships: [],
    platformRoles,
    inspectorProvinces: [],
    currentTenantId: null,
    pendingTenants: [],
    csrfToken: 'csrf',
    expiresAt: '2030-01-01T00:00:00Z',
  };
}

export const versionTwo: TemplateVersionSummary = {
  number: 2,
  note: { vi: 'Thêm công việc tưới ở công đoạn chăm sóc', en: 'Adds irrigation to the care stage' },
  source: 'expert',
  stageCount: 6,
  publishedAt: '2026-12-01T03:00:00Z',
  publishedBy: { id: '00000000-0000-4000-8000-0000000000e0', name: 'Hà' },
  deprecated: null,
};

export const versionOne: TemplateVersionSummary = {
  number: 1,
  note: { vi: 'Quy trình chè Shan tuyết cổ thụ', en: 'Ancient Shan tuyet tea process' },
  source: 'file',
  stageCount: 5,
  publishedAt: '2026-11-01T03:00:00Z',
  publishedBy: null,
  deprecated: {
    at: '2026-12-02T03:00:00Z',
    message: { vi: 'Thiếu thời gian cách ly', en: 'Misses the pre-harvest interval' },
  },
};

export const teaTemplate: TemplateSummary = {
  id: templateId,
  key: 'che-shan-tuyet',
  productType: 'tea',
  name: { vi: 'Chè Shan tuyết cổ thụ', en: 'Ancient Shan tuyet tea' },
  summary: { vi: 'Chè búp hái từ cây cổ thụ', en: 'Buds from ancient trees' },
  keywords: ['Shan tuyết'],
  stageCount: 6,
  jobCount: 4,
  catalogCount: 2,
  latestVersion: versionTwo,
  versionCount: 2,
};
