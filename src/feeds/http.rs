//! The HTTP client every fetch goes through: ureq over rustls (no system
//! OpenSSL), gzip, at most 5 redirects, connect and total timeouts, a cap on
//! every response body after decompression (so a gzip bomb stops at the
//! cap), a User-Agent naming Byline, conditional GET, and Retry-After in
//! either of its forms (seconds, or an HTTP-date).

use std::time::Duration;
use ureq::{Agent, ResponseExt};

/// Responses bigger than this (decompressed) are refused.
pub const MAX_BODY_BYTES: u64 = 10 << 20;
pub const MAX_REDIRECTS: u32 = 5;
pub const USER_AGENT: &str = concat!(
    "Byline/",
    env!("CARGO_PKG_VERSION"),
    " (terminal news reader; feed fetcher)"
);

/// How patient the client is and how much it accepts.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub connect: Duration,
    /// The whole exchange, body included.
    pub total: Duration,
    pub max_body: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            connect: Duration::from_secs(10),
            total: Duration::from_secs(30),
            max_body: MAX_BODY_BYTES,
        }
    }
}

/// The validators a previous response gave, sent back so an unchanged
/// resource costs a 304.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Validators {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

/// A response worth reading.
#[derive(Debug)]
pub enum Response {
    Body {
        bytes: Vec<u8>,
        /// Where the body came from, after redirects.
        final_url: String,
        content_type: Option<String>,
        validators: Validators,
    },
    NotModified,
}

/// Why a fetch failed, in words for the user, and when the server asked us
/// to come back (429 / 503 with Retry-After), in seconds from now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpError {
    pub message: String,
    pub retry_after: Option<u64>,
}

impl HttpError {
    fn new(message: impl Into<String>) -> Self {
        HttpError {
            message: message.into(),
            retry_after: None,
        }
    }
}

impl std::fmt::Display for HttpError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

/// A shared client: one connection pool for every thread that fetches.
#[derive(Clone)]
pub struct Client {
    agent: Agent,
    limits: Limits,
}

impl Default for Client {
    fn default() -> Self {
        Client::new(Limits::default())
    }
}

/// `http://` and `https://` only: a feed URL never reads local files or
/// speaks other protocols.
pub fn check_scheme(url: &str) -> Result<(), HttpError> {
    let lower = url.trim().to_ascii_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") {
        Ok(())
    } else {
        Err(HttpError::new(
            "not an http or https URL (Byline fetches only those)",
        ))
    }
}

impl Client {
    pub fn new(limits: Limits) -> Self {
        let config = Agent::config_builder()
            .http_status_as_error(false)
            .max_redirects(MAX_REDIRECTS)
            .user_agent(USER_AGENT)
            .timeout_connect(Some(limits.connect))
            .timeout_global(Some(limits.total))
            .build();
        Client {
            agent: config.into(),
            limits,
        }
    }

    pub fn limits(&self) -> Limits {
        self.limits
    }

    /// GET `url`, conditionally when `validators` are given.
    pub fn get(&self, url: &str, validators: &Validators) -> Result<Response, HttpError> {
        check_scheme(url)?;
        let mut request = self.agent.get(url.trim());
        if let Some(etag) = &validators.etag {
            request = request.header("If-None-Match", etag);
        }
        if let Some(modified) = &validators.last_modified {
            request = request.header("If-Modified-Since", modified);
        }
        let mut response = request.call().map_err(|e| self.describe(e))?;
        let status = response.status().as_u16();
        if status == 304 {
            return Ok(Response::NotModified);
        }
        if !(200..300).contains(&status) {
            let retry_after = header(&response, "retry-after")
                .and_then(|v| retry_after_seconds(&v, std::time::SystemTime::now()));
            let reason = response.status().canonical_reason().unwrap_or("");
            let mut message = format!("HTTP {status} {reason}").trim_end().to_string();
            match status {
                404 => message.push_str(" (no feed at this address)"),
                410 => message.push_str(" (the feed was removed; unsubscribe)"),
                _ => {}
            }
            if let Some(seconds) = retry_after {
                message.push_str(&format!("; the server asks to retry after {seconds} s"));
            }
            return Err(HttpError {
                message,
                retry_after: retry_after.or((status == 429).then_some(3600)),
            });
        }
        let final_url = response.get_uri().to_string();
        let content_type = header(&response, "content-type");
        let validators = Validators {
            etag: header(&response, "etag"),
            last_modified: header(&response, "last-modified"),
        };
        let bytes = response
            .body_mut()
            .with_config()
            .limit(self.limits.max_body)
            .read_to_vec()
            .map_err(|e| self.describe(e))?;
        Ok(Response::Body {
            bytes,
            final_url,
            content_type,
            validators,
        })
    }

    fn describe(&self, err: ureq::Error) -> HttpError {
        use ureq::Error as E;
        let message = match err {
            E::HostNotFound => "host not found (DNS lookup failed)".to_string(),
            E::ConnectionFailed => "cannot connect to the host".to_string(),
            E::Timeout(what) => format!(
                "timed out ({what}; limits: connect {} s, total {} s)",
                self.limits.connect.as_secs_f32(),
                self.limits.total.as_secs_f32()
            ),
            E::TooManyRedirects => {
                format!("too many redirects (more than {MAX_REDIRECTS}; a loop?)")
            }
            E::RedirectFailed => "a redirect could not be followed".to_string(),
            E::BodyExceedsLimit(limit) => {
                format!("response too large (over {} MB)", limit >> 20)
            }
            E::Decompress(kind, e) => format!("cannot decompress the {kind} response: {e}"),
            E::BadUri(uri) => format!("not a valid URL: {uri}"),
            E::Io(e) if e.kind() == std::io::ErrorKind::ConnectionRefused => {
                "connection refused (is the host down?)".to_string()
            }
            E::Io(e) if e.kind() == std::io::ErrorKind::TimedOut => "timed out".to_string(),
            // std reports a failed getaddrinfo as an uncategorised I/O error.
            E::Io(e) if e.to_string().contains("lookup address") => {
                format!("host not found (DNS lookup failed: {e})")
            }
            E::Io(e) => format!("network error: {e}"),
            other => other.to_string(),
        };
        HttpError::new(message)
    }
}

/// Seconds to wait from `now` by a Retry-After value, which RFC 9110 lets
/// be either a number of seconds or an HTTP-date ("Wed, 21 Oct 2026
/// 07:28:00 GMT"); a date already past means now. `None` when it is neither.
pub fn retry_after_seconds(value: &str, now: std::time::SystemTime) -> Option<u64> {
    let value = value.trim();
    if let Ok(seconds) = value.parse() {
        return Some(seconds);
    }
    let at = httpdate::parse_http_date(value).ok()?;
    Some(at.duration_since(now).map_or(0, |wait| wait.as_secs()))
}

fn header(response: &ureq::http::Response<ureq::Body>, name: &str) -> Option<String> {
    response
        .headers()
        .get(name)?
        .to_str()
        .ok()
        .map(str::to_string)
        .filter(|v| !v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, UNIX_EPOCH};

    #[test]
    fn retry_after_reads_seconds_and_http_dates() {
        // Sun, 06 Nov 1994 08:49:37 GMT, RFC 9110's own example.
        let now = UNIX_EPOCH + Duration::from_secs(784_111_777);
        assert_eq!(retry_after_seconds(" 120 ", now), Some(120));
        assert_eq!(
            retry_after_seconds("Sun, 06 Nov 1994 08:51:37 GMT", now),
            Some(120)
        );
        assert_eq!(
            retry_after_seconds("Sun, 06 Nov 1994 08:00:00 GMT", now),
            Some(0)
        );
        assert_eq!(retry_after_seconds("soon", now), None);
    }
}
