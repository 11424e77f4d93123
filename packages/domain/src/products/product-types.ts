/** Product types a process (and later a template) is made for: the provinces' specialty products first. */
export const productTypes = [
  { id: 'rice', vi: 'Lúa gạo', en: 'Rice' },
  { id: 'tea', vi: 'Chè (trà)', en: 'Tea' },
  { id: 'coffee', vi: 'Cà phê', en: 'Coffee' },
  { id: 'pepper', vi: 'Hồ tiêu', en: 'Pepper' },
  { id: 'cashew', vi: 'Điều', en: 'Cashew' },
  { id: 'star_anise', vi: 'Hồi', en: 'Star anise' },
  { id: 'cinnamon', vi: 'Quế', en: 'Cinnamon' },
  { id: 'chestnut', vi: 'Hạt dẻ', en: 'Chestnut' },
  { id: 'persimmon', vi: 'Hồng', en: 'Persimmon' },
  { id: 'mandarin', vi: 'Quýt', en: 'Mandarin' },
  { id: 'orange', vi: 'Cam', en: 'Orange' },
  { id: 'pomelo', vi: 'Bưởi', en: 'Pomelo' },
  { id: 'custard_apple', vi: 'Na (mãng cầu)', en: 'Custard apple' },
  { id: 'longan', vi: 'Nhãn', en: 'Longan' },
  { id: 'lychee', vi: 'Vải', en: 'Lychee' },
  { id: 'dragon_fruit', vi: 'Thanh long', en: 'Dragon fruit' },
  { id: 'mango', vi: 'Xoài', en: 'Mango' },
  { id: 'durian', vi: 'Sầu riêng', en: 'Durian' },
  { id: 'vegetables', vi: 'Rau', en: 'Vegetables' },
  { id: 'mushroom', vi: 'Nấm', en: 'Mushroom' },
  { id: 'honey', vi: 'Mật ong', en: 'Honey' },
  { id: 'fish_sauce', vi: 'Nước mắm', en: 'Fish sauce' },
  { id: 'vermicelli', vi: 'Miến, bún, phở khô', en: 'Vermicelli and dried noodles' },
  { id: 'seafood', vi: 'Thuỷ sản', en: 'Seafood' },
  { id: 'livestock', vi: 'Chăn nuôi', en: 'Livestock' },
  { id: 'other', vi: 'Khác', en: 'Other' },
] as const;

export type ProductType = (typeof productTypes)[number]['id'];
export const productTypeIds: readonly ProductType[] = productTypes.map((type) => type.id);
