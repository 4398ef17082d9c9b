"""Gunicorn settings, read from the working directory (the image's /app) by default.

The access log leaves out the client address, the user agent and the referrer: young people's
postcards (/unge/) must leave nothing about the sender in any log, and no other page needs them.
"""

access_log_format = '%(t)s "%(r)s" %(s)s %(b)s %(M)sms'
