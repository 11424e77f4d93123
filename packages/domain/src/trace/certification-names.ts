import type { CertificationKind } from '../products/certification-kinds';

/** What a certification's name is made from. */
export interface NamedCertification {
  kind: CertificationKind;
  /** The owner's own name for kind other. */
  name?: string | undefined;
  /** OCOP only. */
  stars?: number | undefined;
}

/** The scheme's name as a consumer reads it: VietGAP, GlobalG.A.P., Hữu cơ/Organic, OCOP 4★, or the owner's. */
export function certificationName(cert: NamedCertification): string {
  switch (cert.kind) {
    case 'vietgap':
      return 'VietGAP';
    case 'globalgap':
      return 'GlobalG.A.P.';
    case 'organic':
      return 'Hữu cơ/Organic';
    case 'ocop':
      return cert.stars === undefined ? 'OCOP' : `OCOP ${cert.stars}★`;
    case 'other':
      return cert.name?.trim() || 'Khác/Other';
  }
}

/** Expired: its last valid day is before today (a certificate valid to today is still valid). */
export function certificationExpired(validTo: string | null, today: string): boolean {
  return validTo !== null && validTo < today;
}
