import { AppShell } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Navigate, Outlet } from 'react-router';
import { needsTenant, useSession } from '../auth/session-context';
import { useIsMobile } from '../ui/use-is-mobile';
import { ShellHeader } from './shell-header';
import { ShellNavbar } from './shell-navbar';

/** The signed-in frame: header, navigation by role (behind a burger on phones) and the current screen. */
export function ShellLayout() {
  const session = useSession();
  const isMobile = useIsMobile();
  const [navOpened, nav] = useDisclosure(false);
  if (needsTenant(session)) return <Navigate to="/welcome" replace />;

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 264, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding={{ base: 'sm', sm: 'lg' }}
    >
      <AppShell.Header>
        <ShellHeader isMobile={isMobile} navOpened={navOpened} onToggleNav={nav.toggle} />
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        <ShellNavbar isMobile={isMobile} onNavigate={nav.close} />
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
