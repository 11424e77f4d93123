import { Alert, List, UnstyledButton } from '@mantine/core';
import { formProblemMessage } from '@nguon/contracts/client';
import type { FormModel, FormProblem } from '@nguon/forms';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useLang } from '../i18n/lang-store';
import type { FieldPath } from './model-ops';
import { problemSubject } from './problem-paths';

interface ProblemsPanelProps {
  problems: FormProblem[];
  model: FormModel | null;
  title: string;
  color?: string;
  /** Selects the field a problem is about. */
  onPick?: (path: FieldPath) => void;
  testId?: string;
}

/** Coded problems in the person's language; those about a field select it when tapped. */
export function ProblemsPanel({
  problems,
  model,
  title,
  color = 'orange',
  onPick,
  testId = 'fb-problems',
}: ProblemsPanelProps) {
  const lang = useLang();
  if (problems.length === 0) return null;
  return (
    <Alert color={color} title={title} icon={<IconAlertTriangle size={20} />} data-testid={testId}>
      <List size="sm" spacing={4}>
        {problems.map((problem, index) => {
          const subject = model ? problemSubject(problem, model) : { kind: 'form' as const };
          const message = formProblemMessage(problem, lang);
          const key = `${problem.code}-${problem.path}-${index}`;
          return (
            <List.Item key={key} data-code={problem.code}>
              {subject.kind === 'field' && onPick ? (
                <UnstyledButton
                  className="fb-problem-link"
                  onClick={() => onPick(subject.path)}
                  data-testid={`fb-problem-${index}`}
                >
                  {message}
                </UnstyledButton>
              ) : (
                <span data-testid={`fb-problem-${index}`}>{message}</span>
              )}
            </List.Item>
          );
        })}
      </List>
    </Alert>
  );
}
