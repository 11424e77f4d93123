/** Certification schemes a product may show: VietGAP, GlobalG.A.P., organic, OCOP stars, or another named one. */
export const certificationKinds = ['vietgap', 'globalgap', 'organic', 'ocop', 'other'] as const;
export type CertificationKind = (typeof certificationKinds)[number];
