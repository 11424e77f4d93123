import { BrowserRouter, Route, Routes } from 'react-router';
import { ApprovalsPage } from './approvals/approvals-page';
import { PendingApprovalPage } from './auth/pending-approval-page';
import { RequireSession } from './auth/require-session';
import { SetPasswordPage } from './auth/set-password-page';
import { SignInPage } from './auth/sign-in-page';
import { CatalogListPage } from './catalogs/catalog-list-page';
import { CatalogPage } from './catalogs/catalog-page';
import { LotPage } from './lots/lot-page';
import { LotsPage } from './lots/lots-page';
import { StageEntryPage } from './lots/stage-entry-page';
import { TransformationPage } from './lots/transformation-page';
import { DesignerPage } from './processes/designer/designer-page';
import { ProcessListPage } from './processes/list/process-list-page';
import { ProductListPage } from './products/product-list-page';
import { ProductPage } from './products/product-page';
import { placeholderSections, SectionPlaceholder } from './sections/section-placeholder';
import { NoTenantPage } from './settings/no-tenant-page';
import { SettingsPage } from './settings/settings-page';
import { HomeRedirect } from './shell/home-redirect';
import { NotFoundPage } from './shell/not-found-page';
import { SectionGuard } from './shell/section-guard';
import { ShellLayout } from './shell/shell-layout';
import { SignUpPage } from './signup/sign-up-page';
import { StaffPage } from './staff/staff-page';

/** Every screen of the web app and who may reach it. */
export function AppRoutes() {
  return (
    <BrowserRouter>
      <Routes>
        <Route path="/sign-in" element={<SignInPage />} />
        <Route path="/set-password" element={<SetPasswordPage />} />
        <Route path="/sign-up" element={<SignUpPage />} />
        <Route element={<RequireSession />}>
          <Route path="/welcome" element={<NoTenantPage />} />
          <Route path="/pending" element={<PendingApprovalPage />} />
          <Route element={<ShellLayout />}>
            <Route index element={<HomeRedirect />} />
            {placeholderSections.map((section) => (
              <Route
                key={section}
                path={`/${section}`}
                element={
                  <SectionGuard section={section}>
                    <SectionPlaceholder section={section} />
                  </SectionGuard>
                }
              />
            ))}
            <Route
              path="/approvals"
              element={
                <SectionGuard section="approvals">
                  <ApprovalsPage />
                </SectionGuard>
              }
            />
            <Route
              path="/processes"
              element={
                <SectionGuard section="processes">
                  <ProcessListPage />
                </SectionGuard>
              }
            />
            <Route
              path="/processes/:id"
              element={
                <SectionGuard section="processes">
                  <DesignerPage />
                </SectionGuard>
              }
            />
            <Route
              path="/catalogs"
              element={
                <SectionGuard section="catalogs">
                  <CatalogListPage />
                </SectionGuard>
              }
            />
            <Route
              path="/catalogs/:id"
              element={
                <SectionGuard section="catalogs">
                  <CatalogPage />
                </SectionGuard>
              }
            />
            <Route
              path="/products"
              element={
                <SectionGuard section="products">
                  <ProductListPage />
                </SectionGuard>
              }
            />
            <Route
              path="/products/:id"
              element={
                <SectionGuard section="products">
                  <ProductPage />
                </SectionGuard>
              }
            />
            <Route
              path="/lots"
              element={
                <SectionGuard section="lots">
                  <LotsPage />
                </SectionGuard>
              }
            />
            <Route
              path="/lots/:id"
              element={
                <SectionGuard section="lots">
                  <LotPage />
                </SectionGuard>
              }
            />
            <Route
              path="/lots/:id/stages/:stageId"
              element={
                <SectionGuard section="lots">
                  <StageEntryPage />
                </SectionGuard>
              }
            />
            <Route
              path="/transformations/new"
              element={
                <SectionGuard section="lots">
                  <TransformationPage />
                </SectionGuard>
              }
            />
            <Route
              path="/staff"
              element={
                <SectionGuard section="staff">
                  <StaffPage />
                </SectionGuard>
              }
            />
            <Route
              path="/settings"
              element={
                <SectionGuard section="settings">
                  <SettingsPage />
                </SectionGuard>
              }
            />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
