/**
 * The NRM case workflow as a state machine in plain Java. A step is a {@link
 * org.ariadne.referrals.workflow.WorkflowCommand} applied to an {@link
 * org.ariadne.referrals.workflow.NrmCase}; {@link org.ariadne.referrals.workflow.NrmWorkflow} checks
 * the stage, the national policy for the actor's type and the case facts, and returns either the
 * next case with the recorded step or a refusal that names the rule. Assistance and criminal
 * justice run alongside the identification stages; the rules that govern support cannot see
 * anything about co-operation with law enforcement. Its value types are part of the referrals
 * feature's interface (events carry stages and transitions).
 */
@NamedInterface("workflow")
@NullMarked
package org.ariadne.referrals.workflow;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
