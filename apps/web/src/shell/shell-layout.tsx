import { AppShell } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, useEffect } from 'react';
import { Navigate, Outlet, useLocation, useMatch } from 'react-router';
import { awaitsApproval, needsTenant, useSession } from '../auth/session-context';
import { MyInvitations } from '../staff/my-invitations';
import { PageLoadBoundary, PageLoading } from '../ui/page-loading';
import { useIsMobile } from '../ui/use-is-mobile';
import { ShellHeader } from './shell-header';
import { ShellNavbar } from './shell-navbar';

/** Screens that need the whole width (the process designer): the navigation hides behind the burger there too. */
function useWideScreen(): boolean {
  return useMatch('/processes/:id') !== null;
}

/** The signed-in frame: header, navigation by role (behind a burger on phones) and the current screen. */
export function ShellLayout() {
  const session = useSession();
  const isMobile = useIsMobile();
  const wide = useWideScreen();
  const { pathname } = useLocation();
  const [navOpened, nav] = useDisclosure(false);
  // a new screen starts with the navigation folded away wherever it folds (phones, the designer)
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each move to another screen
  useEffect(() => nav.close(), [pathname]);
  if (needsTenant(session)) return <Navigate to="/welcome" replace />;
  if (awaitsApproval(session)) return <Navigate to="/pending" replace />;

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{
        width: 264,
        breakpoint: 'sm',
        collapsed: { mobile: !navOpened, desktop: wide && !navOpened },
      }}
      padding={{ base: 'sm', sm: wide ? 'sm' : 'lg' }}
    >
      <AppShell.Header>
        <ShellHeader
          isMobile={isMobile}
          withBurger={isMobile || wide}
          navOpened={navOpened}
          onToggleNav={nav.toggle}
        />
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        <ShellNavbar isMobile={isMobile} onNavigate={nav.close} />
      </AppShell.Navbar>
      <AppShell.Main>
        <MyInvitations />
        {/* keyed by path: a screen that failed to load does not keep the next one from trying */}
        <PageLoadBoundary key={pathname}>
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </PageLoadBoundary>
      </AppShell.Main>
    </AppShell>
  );
}
