/**
 * Telegram updates (webhook body, commands, button callbacks) turned into use-case calls; the outgoing side
 * ({@code adapter.out.telegram}) implements {@link com.rangoliboutique.application.port.out.AdminNotifier}.
 * Built by the Telegram bot issue on the ports of the application module.
 */
package com.rangoliboutique.adapter.in.telegram;
