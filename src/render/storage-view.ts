// Where the data lives, storing and reading on the person's device, the national identity
// number and electronic marketing: what the report and the notice state of them. A "no"
// is printed only from an explicit answer: device-only storage needs device: true,
// controller: false and an explicit empty list of processors.
import type { Assessment, DataCategory } from '../model/schema.ts';
import { filled, list } from '../rules/facts.ts';

/** Kept only on the person's device, out of the controller's reach (Art. 5(1)(c), 25(1)). */
export function deviceOnly(category: DataCategory): boolean {
  const storage = category.storage;
  return storage?.device === true && storage.controller === false && Array.isArray(storage.processors) && storage.processors.length === 0;
}

/** `recipients`: the view's recipients, each with the name of its country in the reader's language. */
export function storageView(data: Assessment, recipientList: { id?: string; name?: string; countryName?: string }[]): Record<string, unknown> {
  const categories = list(data.dataCategories);
  const recipients = new Map(recipientList.filter((r) => r.id !== undefined).map((r) => [r.id!, r]));
  const nameOf = (c: DataCategory) => c.name ?? c.id;
  return {
    storageStated: categories.some((c) => c.storage !== undefined),
    storageRows: categories.map((c) => ({
      name: nameOf(c),
      storage: c.storage,
      processorsStated: Array.isArray(c.storage?.processors),
      processorNames: list(c.storage?.processors).map((id) => {
        const recipient = recipients.get(id);
        return recipient?.countryName ? `${recipient.name ?? id} (${recipient.countryName})` : recipient?.name ?? id;
      }),
    })),
    deviceOnlyCategories: categories.filter(deviceOnly).map(nameOf),
    deviceAccessRows: categories.filter((c) => c.deviceAccess !== undefined).map((c) => ({ name: nameOf(c), access: c.deviceAccess })),
    nationalIdRows: categories.filter((c) => list(c.types).includes('national-id') || c.nationalIdNeed !== undefined)
      .map((c) => ({ name: nameOf(c), need: c.nationalIdNeed })),
    marketingRows: list(data.purposes).filter((p) => p.marketing !== undefined)
      .map((p) => ({ name: p.name ?? p.id, marketing: p.marketing })),
    // The notice: the people's own words where the file has them, else the explicit facts.
    noticeStorage: categories.filter((c) => filled(c.storage?.notice) && filled(nameOf(c))).map((c) => ({ name: nameOf(c), text: c.storage!.notice })),
    noticeDeviceOnly: categories.filter((c) => deviceOnly(c) && !filled(c.storage?.notice) && filled(nameOf(c))).map(nameOf),
  };
}
