INSERT INTO settings (key, value) VALUES
    ('usd_fx_rate', '83.00'),
    ('whatsapp_number', '919876543210');
