import { describe, expect, it } from 'vitest';
import { businessSteps, findBusinessStep, isKnownBusinessStep } from './business-steps';
import { stageKinds } from './process-definition';

// The bizStep enumeration of the EPCIS 2.0 JSON Schema (shared/standards/EPCIS-JSON-Schema.json).
const cbv20 = [
  'accepting',
  'arriving',
  'assembling',
  'collecting',
  'commissioning',
  'consigning',
  'creating_class_instance',
  'cycle_counting',
  'decommissioning',
  'departing',
  'destroying',
  'disassembling',
  'dispensing',
  'encoding',
  'entering_exiting',
  'holding',
  'inspecting',
  'installing',
  'killing',
  'loading',
  'other',
  'packing',
  'picking',
  'receiving',
  'removing',
  'repackaging',
  'repairing',
  'replacing',
  'reserving',
  'retail_selling',
  'shipping',
  'staging_outbound',
  'stock_taking',
  'stocking',
  'storing',
  'transporting',
  'unloading',
  'unpacking',
  'void_shipping',
  'sensor_reporting',
  'sampling',
];

describe('businessSteps', () => {
  it('holds exactly the CBV 2.0 business steps under the GS1 URI', () => {
    const cbv = businessSteps.filter((step) => step.source === 'cbv');
    expect(cbv.map((step) => step.id).sort()).toEqual([...cbv20].sort());
    for (const step of cbv) expect(step.uri).toBe(`https://ref.gs1.org/cbv/BizStep-${step.id}`);
  });

  it('adds farm steps under our URI, none of them already in CBV', () => {
    const ours = businessSteps.filter((step) => step.source === 'nguon');
    expect(ours.map((step) => step.id)).toContain('harvesting');
    for (const step of ours) {
      expect(step.uri).toBe(`https://nguon.vn/voc/BizStep-${step.id}`);
      expect(cbv20).not.toContain(step.id);
    }
  });

  it('has unique ids and URIs, labels in both languages and a known kind', () => {
    expect(new Set(businessSteps.map((step) => step.id)).size).toBe(businessSteps.length);
    expect(new Set(businessSteps.map((step) => step.uri)).size).toBe(businessSteps.length);
    for (const step of businessSteps) {
      expect(step.label.vi.trim()).not.toBe('');
      expect(step.label.en.trim()).not.toBe('');
      expect(stageKinds).toContain(step.defaultKind);
    }
  });

  const kinds: [string, string][] = [
    ['https://ref.gs1.org/cbv/BizStep-packing', 'packaging'],
    ['https://ref.gs1.org/cbv/BizStep-commissioning', 'stage'],
    ['https://ref.gs1.org/cbv/BizStep-creating_class_instance', 'stage'],
    ['https://ref.gs1.org/cbv/BizStep-shipping', 'stage'],
    ['https://nguon.vn/voc/BizStep-harvesting', 'stage'],
    ['https://nguon.vn/voc/BizStep-milling', 'transformation'],
    ['https://nguon.vn/voc/BizStep-fermenting', 'transformation'],
  ];
  it.each(kinds)('suggests for %s the kind %s', (uri, kind) => {
    expect(findBusinessStep(uri)?.defaultKind).toBe(kind);
  });
});

describe('isKnownBusinessStep', () => {
  const table: [string, boolean][] = [
    ['https://ref.gs1.org/cbv/BizStep-shipping', true],
    ['https://nguon.vn/voc/BizStep-harvesting', true],
    ['https://ref.gs1.org/cbv/BizStep-harvesting', false],
    ['urn:epcglobal:cbv:bizstep:shipping', false],
    ['shipping', false],
    ['https://ref.gs1.org/cbv/BizStep-Shipping', false],
    ['', false],
  ];
  it.each(table)('%s: %s', (uri, known) => {
    expect(isKnownBusinessStep(uri)).toBe(known);
    expect(findBusinessStep(uri) !== undefined).toBe(known);
  });
});
