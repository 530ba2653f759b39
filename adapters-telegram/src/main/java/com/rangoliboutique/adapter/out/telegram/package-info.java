/**
 * The owner's notifications in Telegram: {@link com.rangoliboutique.adapter.out.telegram.AdminNotifierTelegramAdapter}
 * speaks the Bot API through the pengrad client made by
 * {@link com.rangoliboutique.adapter.out.telegram.TelegramClientFactory}; without a bot token
 * {@link com.rangoliboutique.adapter.out.telegram.AdminNotifierLoggingAdapter} logs instead.
 */
package com.rangoliboutique.adapter.out.telegram;
