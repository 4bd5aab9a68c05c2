import { decryptPii, forbidden, hasAnyRole, writeAudit } from "@prp/kit";
import type { Report } from "../entities/Report";
import { maskAddress, maskIdNumber, maskName, maskPhone } from "../domain/masking";
import { UNMASK_ROLES } from "../domain/access";
import { reader, transaction, type IntakeDeps } from "./intake-deps";
import { ReportHandler } from "../entities/ReportHandler";
import { ReportOwner } from "../entities/ReportOwner";

export interface ReporterIdentity {
  realName: boolean;
  unmasked: boolean;
  name: string | null;
  idNumber: string | null;
  phone: string | null;
  address: string | null;
}

/**
 * The reporter of a report: masked for everyone; in full only for the roles that may see it,
 * and every such read is an audit row.
 */
export async function reporterIdentity(deps: IntakeDeps, r: Report, unmasked: boolean): Promise<ReporterIdentity> {
  const name = decryptPii(r.reporterNameEnc);
  const idNumber = decryptPii(r.reporterIdNumberEnc);
  const phone = decryptPii(r.reporterPhoneEnc);
  const address = decryptPii(r.reporterAddressEnc);
  if (unmasked) {
    const handler =
      !!deps.actor && (await reader(deps).countBy(ReportHandler, { reportId: r.id, userId: deps.actor.id })) > 0;
    const owner =
      !handler &&
      !!deps.actor &&
      (await reader(deps).countBy(ReportOwner, { reportId: r.id, leaderId: deps.actor.id })) > 0;
    if (!handler && !owner && !hasAnyRole(deps.actor ?? undefined, UNMASK_ROLES))
      throw forbidden("您无权查看举报人的完整身份信息（仅信访室、本案承办人和包案领导可以查看）");
    await transaction(deps, (em) =>
      writeAudit(em, deps.actor, {
        action: "reporter.unmask",
        entity: "Report",
        entityId: r.id,
        note: `查看举报人明文信息（${r.serial}${handler ? "，本案承办人" : owner ? "，包案领导" : ""}）`,
        at: deps.clock.now(),
      }),
    );
    return { realName: r.realName, unmasked: true, name, idNumber, phone, address };
  }
  return {
    realName: r.realName,
    unmasked: false,
    name: name ? maskName(name) : null,
    idNumber: idNumber ? maskIdNumber(idNumber) : null,
    phone: phone ? maskPhone(phone) : null,
    address: address ? maskAddress(address) : null,
  };
}
