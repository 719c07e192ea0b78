/**
 * The safety rules of one IV ketamine infusion session, free of persistence and HTTP.
 *
 * <ul>
 * <li>Before: {@link org.riverwoods.kap.infusion.safety.SafetyGate} checks every pre-infusion item
 * and reports every failure, each marked as deferring today's infusion or fixable on the spot.</li>
 * <li>During: {@link org.riverwoods.kap.infusion.safety.VitalsAlertRules} turns one monitor reading
 * into alerts (REMINDER &lt; ALERT &lt; PAUSE &lt; STOP) and reminds when a blood pressure is overdue.</li>
 * <li>After: {@link org.riverwoods.kap.infusion.safety.DischargeRules} says whether the patient may
 * leave and what still holds them.</li>
 * </ul>
 *
 * Every threshold is a clinic setting ({@code kap.clinical.infusion.*}) whose default names its
 * source. Missing data never counts as a pass.
 */
package org.riverwoods.kap.infusion.safety;
