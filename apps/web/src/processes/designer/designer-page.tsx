import { ReactFlowProvider } from '@xyflow/react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { QueryState } from '../../ui/query-state';
import { useProcess } from '../designer-api';
import { useCanManageProcesses } from '../use-can-manage';
import { Designer } from './designer';
import { processSource } from './designer-source';

/** `/processes/:id`: loads the process and its draft, then hands them to the designer. */
export function DesignerPage() {
  const { id = '' } = useParams();
  const canManage = useCanManageProcesses();
  const process = useProcess(id);
  // the designer owns the draft once loaded; a reload starts it again from the server's draft
  const [generation, setGeneration] = useState(0);
  const reload = () => {
    void process.refetch().then(() => setGeneration((value) => value + 1));
  };
  if (!process.data) {
    return (
      <QueryState isPending={process.isPending} error={process.error} onRetry={() => process.refetch()} />
    );
  }
  return (
    <ReactFlowProvider key={`${id}:${generation}`}>
      <Designer source={processSource(process.data)} canManage={canManage} onReload={reload} />
    </ReactFlowProvider>
  );
}
