package kz.migration.refugee.repatriation;

import kz.migration.refugee.shared.FormInput;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordLateWithdrawal}: the refugee withdrew the request through the API while the return was under
 * way (the event subprocess); recorded as at {@code Task_RecordWithdrawal}.
 */
@Component
class RecordLateWithdrawalDelegate extends RecordWithdrawalDelegate {

  RecordLateWithdrawalDelegate(VoluntaryReturnService returns, FormInput form, ReturnOfProcess returnOf) {
    super(returns, form, returnOf);
  }
}
