import { Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { RequireSession } from './auth/require-session';
import { SignInPage } from './auth/sign-in-page';
import {
  ApprovalsPage,
  CatalogItemLotsPage,
  CatalogListPage,
  CatalogPage,
  DesignerPage,
  InspectedRecallPage,
  InspectedRecallsPage,
  InspectedTracePage,
  JobsPage,
  LabelBatchPage,
  LabelLayoutsPage,
  LabelPage,
  LabelsPage,
  LotPage,
  LotsPage,
  ManageTemplatesPage,
  NewRecallPage,
  NoTenantPage,
  OverviewPage,
  PendingApprovalPage,
  ProcessListPage,
  ProductListPage,
  ProductPage,
  RecallPage,
  RecallsPage,
  ScansPage,
  SetPasswordPage,
  SettingsPage,
  SignUpPage,
  StaffPage,
  StageEntryPage,
  TemplateEditorPage,
  TemplateListPage,
  TemplatePreviewPage,
  TracePage,
  TransformationPage,
} from './lazy-pages';
import { HomeRedirect } from './shell/home-redirect';
import { NotFoundPage } from './shell/not-found-page';
import { SectionGuard } from './shell/section-guard';
import { ShellLayout } from './shell/shell-layout';
import { PageLoadBoundary, PageLoading } from './ui/page-loading';

/** Every screen of the web app and who may reach it; sign-in and the shell come with the app, the screens on first visit. */
export function AppRoutes() {
  return (
    <BrowserRouter>
      <PageLoadBoundary>
        <Suspense fallback={<PageLoading />}>
          <Routes>
            <Route path="/sign-in" element={<SignInPage />} />
            <Route path="/set-password" element={<SetPasswordPage />} />
            <Route path="/sign-up" element={<SignUpPage />} />
            <Route element={<RequireSession />}>
              <Route path="/welcome" element={<NoTenantPage />} />
              <Route path="/pending" element={<PendingApprovalPage />} />
              <Route element={<ShellLayout />}>
                <Route index element={<HomeRedirect />} />
                <Route
                  path="/templates"
                  element={
                    <SectionGuard section="templates">
                      <TemplateListPage />
                    </SectionGuard>
                  }
                />
                <Route
                  path="/templates/:id"
                  element={
                    <SectionGuard section="templates">
                      <TemplatePreviewPage />
                    </SectionGuard>
                  }
                />
                <Route
                  path="/templates/manage"
                  element={
                    <SectionGuard section="templates">
                      <ManageTemplatesPage />
                    </SectionGuard>
                  }
                />
                <Route
                  path="/templates/manage/drafts/:id"
                  element={
                    <SectionGuard section="templates">
                      <TemplateEditorPage />
                    </SectionGuard>
                  }
                />
                <Route
                  path="/overview"
                  element={
                    <SectionGuard section="overview">
                      <OverviewPage />
                    </SectionGuard>
                  }
                />
                <Route
                  path="/approvals"
                  element={
                    <SectionGuard section="approvals">
                      <ApprovalsPage />
                    </SectionGuard>
                  }
                />
                <Route
                  path="/scans"
                  element={
                    <SectionGuard section="scans">
                      <ScansPage />
                    </SectionGuard>
                  }
                />
                <Route
                  path="/jobs"
                  element={
                    <SectionGuard section="jobs">
                      <JobsPage />
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
                  path="/catalogs/:id/items/:itemId/lots"
                  element={
                    <SectionGuard section="catalogs">
                      <CatalogItemLotsPage />
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
                  path="/lots/:id/trace"
                  element={
                    <SectionGuard section="lots">
                      <TracePage />
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
                  path="/recalls"
                  element={
                    <SectionGuard section="recalls">
                      <RecallsPage />
                    </SectionGuard>
                  }
                />
                <Route
                  path="/recalls/new"
                  element={
                    <SectionGuard section="recalls">
                      <NewRecallPage />
                    </SectionGuard>
                  }
                />
                <Route
                  path="/recalls/:id"
                  element={
                    <SectionGuard section="recalls">
                      <RecallPage />
                    </SectionGuard>
                  }
                />
                <Route
                  path="/oversight"
                  element={
                    <SectionGuard section="oversight">
                      <InspectedRecallsPage />
                    </SectionGuard>
                  }
                />
                <Route
                  path="/oversight/recalls/:id"
                  element={
                    <SectionGuard section="oversight">
                      <InspectedRecallPage />
                    </SectionGuard>
                  }
                />
                <Route
                  path="/oversight/lots/:id/trace"
                  element={
                    <SectionGuard section="oversight">
                      <InspectedTracePage />
                    </SectionGuard>
                  }
                />
                <Route
                  path="/labels"
                  element={
                    <SectionGuard section="labels">
                      <LabelsPage />
                    </SectionGuard>
                  }
                />
                <Route
                  path="/labels/layouts"
                  element={
                    <SectionGuard section="labels">
                      <LabelLayoutsPage />
                    </SectionGuard>
                  }
                />
                <Route
                  path="/labels/l/:serial"
                  element={
                    <SectionGuard section="labels">
                      <LabelPage />
                    </SectionGuard>
                  }
                />
                <Route
                  path="/labels/batches/:id"
                  element={
                    <SectionGuard section="labels">
                      <LabelBatchPage />
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
        </Suspense>
      </PageLoadBoundary>
    </BrowserRouter>
  );
}
