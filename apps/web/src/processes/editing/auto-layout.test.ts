import type { ProcessDefinition } from '@nguon/domain';
import { describe, expect, it } from 'vitest';
import { fixtureChain, fixtureStage } from '../process-fixtures';
import { autoLayout, defaultStageSize, type NodeSize } from './auto-layout';

/** A diamond a -> b, a -> c, b -> d, c -> d, plus a lone stage e, all piled at the origin. */
function piledDiamond(): ProcessDefinition {
  const stages = ['a', 'b', 'c', 'd', 'e'].map((key, index) => ({
    ...fixtureStage(key, index),
    position: { x: 0, y: 0 },
  }));
  const edge = (source: string, target: string) => ({
    id: `${source}${target}`,
    source: `s-${source}`,
    target: `s-${target}`,
  });
  return {
    schemaVersion: 1,
    stages,
    edges: [edge('a', 'b'), edge('a', 'c'), edge('b', 'd'), edge('c', 'd')],
  };
}

const positionOf = (definition: ProcessDefinition, id: string) => {
  const stage = definition.stages.find((candidate) => candidate.id === id);
  if (!stage) throw new Error(`no stage ${id}`);
  return stage.position;
};

interface Box {
  x: number;
  y: number;
  size: NodeSize;
}

function overlap(a: Box, b: Box): boolean {
  return (
    a.x < b.x + b.size.width &&
    b.x < a.x + a.size.width &&
    a.y < b.y + b.size.height &&
    b.y < a.y + a.size.height
  );
}

describe('autoLayout', () => {
  it('places every arrow left to right', () => {
    const laid = autoLayout(piledDiamond());
    for (const edge of laid.edges) {
      expect(positionOf(laid, edge.target).x).toBeGreaterThanOrEqual(
        positionOf(laid, edge.source).x + defaultStageSize.width,
      );
    }
  });

  it('leaves no two cards overlapping, with the sizes the canvas measured', () => {
    const sizes = new Map([['s-b', { width: 320, height: 180 }]]);
    const laid = autoLayout(piledDiamond(), sizes);
    const boxes = laid.stages.map((stage) => ({
      key: stage.key,
      ...stage.position,
      size: sizes.get(stage.id) ?? defaultStageSize,
    }));
    for (const [i, first] of boxes.entries()) {
      for (const second of boxes.slice(i + 1)) {
        expect(overlap(first, second), `${first.key} / ${second.key}`).toBe(false);
      }
    }
  });

  it('moves stages only: keys, forms and edges stay, positions are whole pixels', () => {
    const before = piledDiamond();
    const laid = autoLayout(before);
    expect(laid.edges).toBe(before.edges);
    expect(laid.stages.map((stage) => stage.form)).toEqual(before.stages.map((stage) => stage.form));
    for (const stage of laid.stages) {
      expect(Number.isInteger(stage.position.x) && Number.isInteger(stage.position.y)).toBe(true);
    }
  });

  it('changes nothing the second time', () => {
    const once = autoLayout(fixtureChain('a', 'b', 'c'));
    expect(autoLayout(once)).toBe(once);
  });

  it('copes with a cycle and an arrow to a missing stage', () => {
    const chain = fixtureChain('a', 'b');
    const broken: ProcessDefinition = {
      ...chain,
      edges: [
        ...chain.edges,
        { id: 'back', source: 's-b', target: 's-a' },
        { id: 'lost', source: 's-a', target: 's-zz' },
      ],
    };
    expect(() => autoLayout(broken)).not.toThrow();
  });
});
