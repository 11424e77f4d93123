import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CatalogPage, CatalogsPage } from './pages/catalogs.page';
import { ProductsPage } from './pages/products.page';
import { ShellPage } from './pages/shell.page';
import { SignInPage } from './pages/sign-in.page';
import { expectAccessible } from './support/accessibility';
import { type BrowserSession, openBrowser, screenshot, viewports } from './support/browser';
import { type RunningPlatform, startPlatform } from './support/platform-process';
import { productPng } from './support/png';

const fields = ['Đồng Sau', 'Đồng Trước', 'Gò Cao', 'Ruộng Trũng', 'Cánh Đồng Lớn'];
const crops = ['Lúa ST25', 'Ngô nếp', 'Chè Shan', 'Cà phê'];
const badAreaLine = 18;
const missingCodeLine = 34;

/**
 * 50 plots as a cooperative keeps them in a spreadsheet: header on line 1, plot n on line n + 1.
 * Plot 7 lies in "Đồng Bãi", the only one. `withMistakes` gives plot 17 a negative area and plot 33 no code.
 */
function plotsCsv(withMistakes: boolean): string {
  const lines = ['Mã thửa,Diện tích,Cây trồng,Vị trí GPS,Xứ đồng'];
  for (let n = 1; n <= 50; n++) {
    const line = n + 1;
    const code = withMistakes && line === missingCodeLine ? '' : `T-${String(n).padStart(3, '0')}`;
    const area =
      withMistakes && line === badAreaLine ? '-1,5' : `${(0.2 + n / 20).toFixed(2).replace('.', ',')}`;
    const gps = `"${(21.5 + n / 1000).toFixed(4)}, ${(105.8 + n / 1000).toFixed(4)}"`;
    const field = n === 7 ? 'Đồng Bãi' : fields[n % fields.length];
    lines.push([code, `"${area}"`, crops[n % crops.length], gps, field].join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Full-page screenshots of a scrolled page draw the fixed header mid-page; take them from the top. */
async function scrollToTopOf(session: BrowserSession): Promise<void> {
  await session.page.evaluate(() => window.scrollTo(0, 0));
}

describe('an owner keeps a Plots catalog from a spreadsheet and describes a product with its GTIN, photo and VietGAP', () => {
  let platform: RunningPlatform;
  let owner: BrowserSession;
  let shell: ShellPage;
  let catalogs: CatalogsPage;
  let plots: CatalogPage;
  let products: ProductsPage;

  beforeAll(async () => {
    platform = await startPlatform();
    owner = await openBrowser({ width: 1440, height: 900 });
    shell = new ShellPage(owner.page);
    catalogs = new CatalogsPage(owner.page);
    products = new ProductsPage(owner.page);
    const signIn = new SignInPage(owner.page);
    await signIn.open(platform.baseUrl);
    await signIn.signIn(platform.owner.login, platform.owner.password);
    await shell.openSection('catalogs');
    await catalogs.waitForList();
  });
  afterAll(async () => {
    await owner?.close();
    await platform?.stop();
  });

  it('defines a Plots catalog from its template, with one more field for the field area', async () => {
    await expectAccessible(owner.page, 'catalogs list (owner)');
    await catalogs.startFromTemplate('plots', 'Thửa ruộng');
    await catalogs.addField('text', 'Xứ đồng');
    await expectAccessible(owner.page, 'new catalog dialog (owner)');
    await screenshot(owner.page, '20-catalog-create-plots-desktop');
    plots = await catalogs.submitCreate();
    await owner.page.getByTestId('items-empty').waitFor();
    expect(await owner.page.getByRole('heading', { name: 'Thửa ruộng' }).isVisible()).toBe(true);
    await expectAccessible(owner.page, 'empty catalog (owner)');
  });

  it('checks a CSV of 50 plots: 48 valid, the two bad rows named by line, and nothing stored', async () => {
    const preview = await plots.previewCsv(plotsCsv(true));
    expect(preview.summary).toContain('50 dòng: 48 hợp lệ, 2 có lỗi.');
    expect(preview.errors.map((error) => error.line)).toEqual([badAreaLine, missingCodeLine]);
    expect(preview.errors[0]?.column).toBe('Diện tích');
    expect(preview.errors[1]?.column).toBe('Mã thửa');
    expect(await owner.page.getByTestId('catalog-import-valid-only').innerText()).toContain('48');
    await expectAccessible(owner.page, 'catalog import preview with errors (owner)');
    await screenshot(owner.page, '21-catalog-import-two-errors-desktop');
    await plots.cancelImport();
    expect(await owner.page.getByTestId('items-empty').isVisible()).toBe(true);
  });

  it('imports the corrected file: all 50 plots', async () => {
    const preview = await plots.importCsv(plotsCsv(false), 'thua-ruong-da-sua.csv');
    expect(preview.summary).toContain('50 dòng: 50 hợp lệ, 0 có lỗi.');
    expect(preview.errors).toEqual([]);
    await plots.waitForTotal(50);
    expect(await plots.rows().count()).toBe(25);
    expect(await owner.page.getByTestId('items-pagination').isVisible()).toBe(true);
    const first = await plots.row(0).innerText();
    expect(first).toContain('T-001');
    expect(first).toContain('21.50100, 105.80100');
    await expectAccessible(owner.page, 'catalog items table (owner)');
    await screenshot(owner.page, '22-catalog-items-fifty-desktop');
  });

  it('finds "Đồng Bãi" when typed without accents', async () => {
    await plots.search('dong bai');
    await plots.waitForTotal(1);
    expect(await plots.rows().count()).toBe(1);
    const row = await plots.row(0).innerText();
    expect(row).toContain('T-007');
    expect(row).toContain('Đồng Bãi');
    await screenshot(owner.page, '23-catalog-search-accent-free-desktop');
    await plots.search('');
    await plots.waitForTotal(50);
  });

  it('opens a plot in the drawer with its form', async () => {
    await plots.openItem(0);
    await expectAccessible(owner.page, 'catalog item drawer (owner)');
    await plots.closeItem();
  });

  it('lists the plots as cards on a phone', async () => {
    await owner.page.setViewportSize(viewports.phone);
    await plots.row(0).waitFor();
    expect(await plots.row(0).evaluate((element) => element.tagName)).not.toBe('TR');
    await expectAccessible(owner.page, 'catalog items as cards (owner, phone)');
    await screenshot(owner.page, '24-catalog-items-phone');
    await owner.page.setViewportSize({ width: 1440, height: 900 });
    await owner.page.locator('tr[data-testid="item-row-0"]').waitFor();
  });

  it('exports the plots as UTF-8 CSV with a BOM, Vietnamese intact', async () => {
    const { download, bytes } = await plots.exportCsv();
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
    const lines = text.split(/\r?\n/).filter((line) => line !== '');
    expect(lines).toHaveLength(51);
    expect(lines[0]).toContain('Xứ đồng');
    expect(text).toContain('Đồng Bãi');
  });

  it('refuses a GTIN with a wrong check digit and says which digit is expected', async () => {
    await shell.openSection('products');
    await products.waitForList();
    await products.startNew();
    await products.fillBasics({ nameVi: 'Gạo ST25 Đồng Bãi', sku: 'ST25-5KG', type: 'Lúa gạo' });
    await products.typeGtin('8938500000017');
    await products.save();
    await expect.poll(() => products.gtinError(), { timeout: 15_000 }).toContain('chữ số cuối phải là 0');
    expect(owner.page.url()).toMatch(/\/products\/new$/);
    await scrollToTopOf(owner);
    await expectAccessible(owner.page, 'new product with a GTIN error (owner)');
    await screenshot(owner.page, '25-product-gtin-check-digit-desktop');
  });

  it('saves the product with the right GTIN, a photo and a VietGAP certificate', async () => {
    await products.typeGtin('8938500000010');
    expect(await products.gtinError()).toBe('');
    await products.addImages([{ name: 'goi-gao-st25.png', mimeType: 'image/png', buffer: productPng() }]);
    await products.addCertification({
      number: 'VietGAP-TT-25-01-0123',
      issuer: 'Trung tâm Kiểm định và Chứng nhận hợp chuẩn hợp quy',
      validFrom: '2025-06-01',
      validTo: '2028-05-31',
    });
    await scrollToTopOf(owner);
    await screenshot(owner.page, '26-product-form-filled-desktop');
    await products.saveNew();
    await expect.poll(() => products.gtinInput().inputValue(), { timeout: 15_000 }).toBe('08938500000010');
    expect(await owner.page.getByTestId('product-cert-number-0').inputValue()).toBe('VietGAP-TT-25-01-0123');
    expect(await owner.page.getByTestId('product-image-0').isVisible()).toBe(true);
    await scrollToTopOf(owner);
    await expectAccessible(owner.page, 'saved product (owner)');
    await screenshot(owner.page, '27-product-saved-desktop');
  });

  it('shows the product in the list with its thumbnail, GTIN and VietGAP badge', async () => {
    await shell.openSection('products');
    const index = await products.rowIndexOf('Gạo ST25 Đồng Bãi');
    expect(index).toBeGreaterThanOrEqual(0);
    const row = await products.row(index).innerText();
    expect(row).toContain('ST25-5KG');
    expect(row).toContain('08938500000010');
    expect(row).toContain('VietGAP');
    expect(await products.rowThumbnailLoaded(index)).toBe(true);
    await expectAccessible(owner.page, 'products list (owner)');
    await screenshot(owner.page, '28-products-list-desktop');
  });
});
