import { Divider, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import {
  IconAlertTriangle,
  IconBoxMultiple,
  IconBuildingCommunity,
  IconChartBar,
  IconEye,
  IconHourglass,
  IconLayoutDashboard,
  IconListDetails,
  IconPackage,
  IconQrcode,
  IconRoute,
  IconSettings,
  IconTemplate,
  IconUpload,
  IconUsers,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { Link, useLocation } from 'react-router';
import { accessOf, useSession } from '../auth/session-context';
import { useT } from '../i18n/use-t';
import { type NavGroup, navGroupOf, navItemsFor, type SectionId } from './nav-items';
import { TenantSwitcher } from './tenant-switcher';

const icons: Record<SectionId, ComponentType<{ size?: number; stroke?: number }>> = {
  overview: IconLayoutDashboard,
  processes: IconRoute,
  catalogs: IconListDetails,
  products: IconPackage,
  lots: IconBoxMultiple,
  labels: IconQrcode,
  scans: IconChartBar,
  recalls: IconAlertTriangle,
  jobs: IconHourglass,
  staff: IconUsers,
  settings: IconSettings,
  approvals: IconBuildingCommunity,
  templates: IconTemplate,
  oversight: IconEye,
};

const groupLabels = { tenant: 'shell.groupTenant', platform: 'shell.groupPlatform' } as const;

// Screens of a section whose address starts elsewhere (a transformation is recorded from the lots section).
const alsoUnder: Partial<Record<SectionId, string>> = { lots: '/transformations/' };

// The experts' publishing screen, a sub-entry of the templates section.
const manageTemplatesPath = '/templates/manage';

const isUnder = (pathname: string, item: SectionId) =>
  (item !== 'templates' || !pathname.startsWith(manageTemplatesPath)) &&
  (pathname === `/${item}` ||
    pathname.startsWith(`/${item}/`) ||
    (alsoUnder[item] !== undefined && pathname.startsWith(alsoUnder[item])));

/** The sections the person's roles allow, grouped into the tenant's and the platform's. */
export function ShellNavbar({ isMobile, onNavigate }: { isMobile: boolean; onNavigate: () => void }) {
  const t = useT();
  const session = useSession();
  const { pathname } = useLocation();
  const items = navItemsFor(accessOf(session));
  const isExpert = session.platformRoles.some((role) => role === 'expert' || role === 'admin');
  const groups: NavGroup[] = ['tenant', 'platform'];

  return (
    <ScrollArea type="auto" style={{ flex: 1 }}>
      <Stack gap="xs" component="nav" aria-label={t('app.name')}>
        {isMobile && <TenantSwitcher withLabel />}
        {groups.map((group) => {
          const inGroup = items.filter((item) => navGroupOf(item) === group);
          if (inGroup.length === 0) return null;
          return (
            <Stack gap={2} key={group}>
              {isMobile && <Divider my={4} />}
              <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="xs">
                {t(groupLabels[group])}
              </Text>
              {inGroup.map((item) => {
                const Icon = icons[item];
                return [
                  <NavLink
                    key={item}
                    component={Link}
                    to={`/${item}`}
                    active={isUnder(pathname, item)}
                    aria-current={pathname === `/${item}` ? 'page' : undefined}
                    label={t(`nav.${item}`)}
                    leftSection={<Icon size={20} stroke={1.7} />}
                    onClick={onNavigate}
                    data-testid={`nav-${item}`}
                  />,
                  item === 'templates' && isExpert && (
                    <NavLink
                      key="templates-manage"
                      component={Link}
                      to={manageTemplatesPath}
                      active={pathname.startsWith(manageTemplatesPath)}
                      label={t('templateExpert.nav')}
                      leftSection={<IconUpload size={20} stroke={1.7} />}
                      onClick={onNavigate}
                      data-testid="nav-templates-manage"
                    />
                  ),
                ];
              })}
            </Stack>
          );
        })}
      </Stack>
    </ScrollArea>
  );
}
