#pragma once
// SNIP level 4 (situational rules) on the typed models: what the 5010 implementation guides
// require of one part of a claim or remittance because of another part ("required when",
// "if not required by this implementation guide, do not send"). Findings carry snip = 4, no
// 999 codes, the loop, segment, element (and component) they are about, and the value that
// broke the rule. `where` stays zero: the models keep no segment positions, so every message
// names the claim (CLM01 / CLP01) and, for a line, its LX01 (837) or its place in the claim (835).
//
// Rules, by guide (P = 837P 005010X222A1, I = 837I X223A2, D = 837D X224A2, 835 = X221A1):
//   2000B/2000C  SBR02 = 18 when the subscriber has claims of their own; no 18 when a 2000C
//                follows; PAT01 in 2000C is never 18; 2000B PAT only when the subscriber is the
//                patient (P); 2010BA N3/N4 and DMG when the subscriber is the patient; SBR09 set.
//   2010AB       pay-to address only when it differs from the billing provider's.
//   2300         CLM05-3 = 7/8 needs REF*F8 and REF*F8 needs 7/8; CLM11 AA/OA needs DTP*439 and
//                AA needs CLM11-4 (P, D); a principal diagnosis when diagnoses are sent; inpatient
//                type of bill needs DTP*435 and CL1 with CL101 (I); claim or line service dates (D).
//   2310/2420    rendering provider only when not the billing provider (P, D); line rendering
//                only when not the claim's rendering provider (P, D); service facility only at
//                another address than billing; ordering not the line's renderer, line referring
//                not the claim's referring provider (P).
//   2400         diagnosis pointers (SV107, SV311) name a diagnosis of the claim (P, D).
//   2320-2430    2320 has 2330A and 2330B; SVD01 names a 2330B payer; that 2320 has AMT*D.
//   835 BPR/TRN  H pays zero; zero pays only with H (or P); NON only with H; ACH/BOP/FWT carry
//                bank data and CHK/NON do not; BPR10 = TRN03, BPR11 = TRN04 when both are sent.
//   835 2100     denied (4) pays zero; reversal (22) amounts not positive; MIA and MOA not both
//                (warning); rendering NM1*82 not the payee; claim or line dates.
//   835 2110     SVC06 only when it differs from SVC01; REF*6R at most once.
#include <vector>

#include "core/finding.hpp"
#include "tree/set_context.hpp"
#include "x835/model.hpp"
#include "x837/model.hpp"

namespace claimloop::rules {

// Every situational rule of the 837 set's guide (ST03 picks 837P, 837I or 837D) over all its
// billing providers, subscribers, patients, claims and lines.
std::vector<core::finding> check_situational(const x837::claim_set& set, const tree::set_context& context);

// Every situational rule of the 835 guide over the payment, trace, payee and each claim and line.
std::vector<core::finding> check_situational(const x835::remittance& set, const tree::set_context& context);

}  // namespace claimloop::rules
