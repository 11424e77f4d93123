import type { Locator, Page } from 'playwright-core';
import { pickOption } from './mantine';

export interface NewCertification {
  /** The kind as the select shows it, e.g. "VietGAP". */
  kind?: string;
  number: string;
  issuer: string;
  /** yyyy-mm-dd */
  validFrom: string;
  validTo?: string;
}

export interface ProductImage {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export interface NewProduct {
  nameVi: string;
  sku: string;
  /** The product type as the select shows it, e.g. "Lúa gạo". */
  type: string;
  gtin?: string;
  images?: ProductImage[];
  certifications?: NewCertification[];
}

/** The products list and the product form (new or existing). */
export class ProductsPage {
  constructor(private readonly page: Page) {}

  async waitForList(): Promise<void> {
    await this.page.getByTestId('product-create').waitFor();
  }

  /** Opens an empty product form. */
  async startNew(): Promise<void> {
    await this.page.getByTestId('product-create').click();
    await this.page.getByTestId('product-name-vi').waitFor();
  }

  async fillBasics(product: Pick<NewProduct, 'nameVi' | 'sku' | 'type'>): Promise<void> {
    await this.page.getByTestId('product-name-vi').fill(product.nameVi);
    await this.page.getByTestId('product-sku').fill(product.sku);
    await pickOption(this.page, this.page.getByTestId('product-type'), product.type);
  }

  async typeGtin(gtin: string): Promise<void> {
    await this.page.getByTestId('product-gtin').fill(gtin);
  }

  gtinInput(): Locator {
    return this.page.getByTestId('product-gtin');
  }

  /** The message under the GTIN field, '' when there is none. */
  async gtinError(): Promise<string> {
    const error = this.page
      .getByTestId('product-gtin')
      .locator('xpath=ancestor::div[contains(@class,"mantine-InputWrapper-root")][1]')
      .locator('.mantine-InputWrapper-error');
    return (await error.count()) > 0 ? (await error.innerText()).trim() : '';
  }

  /** Uploads photos with the "add photos" picker and waits for their thumbnails. */
  async addImages(images: ProductImage[]): Promise<void> {
    const before = await this.page
      .getByTestId('product-images')
      .locator(':scope > [data-testid^="product-image-"]')
      .count();
    await this.page.getByTestId('product-image-input').setInputFiles(images);
    await this.page.getByTestId(`product-image-${before + images.length - 1}`).waitFor({ timeout: 30_000 });
  }

  async addCertification(certification: NewCertification): Promise<void> {
    const index = await this.page.locator('[data-testid^="product-cert-number-"]').count();
    await this.page.getByTestId('product-cert-add').click();
    if (certification.kind) {
      await pickOption(this.page, this.page.getByTestId(`product-cert-kind-${index}`), certification.kind);
    }
    await this.page.getByTestId(`product-cert-number-${index}`).fill(certification.number);
    await this.page.getByTestId(`product-cert-issuer-${index}`).fill(certification.issuer);
    await this.page.getByTestId(`product-cert-from-${index}`).fill(certification.validFrom);
    if (certification.validTo) {
      await this.page.getByTestId(`product-cert-to-${index}`).fill(certification.validTo);
    }
  }

  /** Clicks save; the caller waits for what should follow (a field error, or the saved product). */
  async save(): Promise<void> {
    await this.page.getByTestId('product-submit').click();
  }

  /** Saves a new product and waits until the page is the saved product's. */
  async saveNew(): Promise<void> {
    await this.save();
    await this.page.waitForURL(/\/products\/(?!new)[^/]+$/, { timeout: 20_000 });
  }

  /** Fills and saves a whole product in one go. */
  async create(product: NewProduct): Promise<void> {
    await this.startNew();
    await this.fillBasics(product);
    if (product.gtin) await this.typeGtin(product.gtin);
    if (product.images) await this.addImages(product.images);
    for (const certification of product.certifications ?? []) await this.addCertification(certification);
    await this.saveNew();
  }

  row(index: number): Locator {
    return this.page.getByTestId(`product-row-${index}`);
  }

  /** The index of the row showing a product of this name (the demo co-op's products are listed too). */
  async rowIndexOf(name: string): Promise<number> {
    const rows = this.page.locator('[data-testid^="product-row-"]');
    await rows.filter({ hasText: name }).first().waitFor();
    return (await rows.allInnerTexts()).findIndex((text) => text.includes(name));
  }

  /** Whether the first image of a row has loaded (a real thumbnail, not a broken image). */
  async rowThumbnailLoaded(index: number): Promise<boolean> {
    const image = this.row(index).locator('img').first();
    await image.waitFor();
    return image.evaluate(async (element) => {
      if (!(element instanceof HTMLImageElement)) return false;
      await element.decode().catch(() => undefined);
      return element.naturalWidth > 0;
    });
  }
}
