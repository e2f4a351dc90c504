"""Phrase tables for the demo ticket generator: products, problems, names and tone pieces.

Everything here is data. Templates use ``str.format`` named placeholders that
:mod:`deskclient.demo.content` fills in: ``{product}``, ``{order}``, ``{error}``, ``{model}``,
``{serial}``, ``{date}``, ``{amount}``, ``{n}``, ``{wait}``, ``{days}``, ``{pct}``, ``{time}``,
``{last4}``, ``{cust_id}``, ``{phone}``, ``{nth}``, ``{name}`` and ``{first}``.
Bengali and Hindi templates use only ``{product}``, ``{order}``, ``{amount}``, ``{error}``,
``{model}``, ``{name}`` and ``{first}``.
"""

from __future__ import annotations

from typing import NamedTuple


class Product(NamedTuple):
    """A fictional product that customers write about."""

    key: str
    name: str
    kind: str
    traits: frozenset[str]
    ref_prefix: str
    serial_prefix: str
    error_codes: tuple[str, ...]


class Problem(NamedTuple):
    """One realistic problem: subject variants and body facts (the first fact is the core one)."""

    subjects: tuple[str, ...]
    facts: tuple[str, ...]
    #: Product traits a generic problem needs (``app``, ``account``, ``payments``, ``device``, ``network``).
    traits: frozenset[str] = frozenset()
    #: The customer writes kindly (a thank-you note is never angry or confused).
    polite_only: bool = False


class NativeTemplate(NamedTuple):
    """A Bengali or Hindi ticket template and the products it fits."""

    category: str
    products: tuple[str, ...]
    subjects: tuple[str, ...]
    facts: tuple[str, ...]


class Country(NamedTuple):
    """Where a customer lives: phone formats and the currency amounts are written in."""

    code: str
    phone_patterns: tuple[str, ...]
    currency: str
    low: int
    high: int
    cents: bool = False
    decimal_comma: bool = False


class Region(NamedTuple):
    """A pool of customer names and the countries they live in."""

    first_names: tuple[str, ...]
    last_names: tuple[str, ...]
    countries: tuple[Country, ...]


def _p(subjects: tuple[str, ...], facts: tuple[str, ...], traits: str = "", *,
       polite_only: bool = False) -> Problem:
    return Problem(subjects, facts, frozenset(traits.split()), polite_only)


PRODUCTS: tuple[Product, ...] = (
    Product("bank", "PaySathi Mobile Banking", "mobile banking app",
            frozenset({"app", "account", "payments"}),
            "TXN", "PS", ("PS-401", "PS-503", "UPI-U30", "ERR_OTP_TIMEOUT", "PS-1106")),
    Product("router", "SwiftLink Home Router X3", "home Wi-Fi router", frozenset({"device", "network"}),
            "SL", "SLX3-", ("E-1043", "FW-07", "WAN-DOWN", "E-2210", "PPPoE-691")),
    Product("market", "BazaarHub Marketplace", "e-commerce marketplace account",
            frozenset({"app", "account", "payments"}),
            "BH", "BH", ("BH-500", "CHK-204", "ERR_CART_SYNC", "BH-429", "PAY-TIMEOUT")),
    Product("data", "TalkMore Prepaid Data", "prepaid mobile data plan",
            frozenset({"app", "account", "payments", "network"}),
            "TM", "TM", ("TM-11", "ERR_NOT_REG", "TM-403", "USSD-29")),
    Product("tv", "Lumio Smart TV 43", "smart TV", frozenset({"device", "network"}),
            "LM", "LM43-", ("LM-0x1F", "NET-105", "LM-302", "DRM-12")),
    Product("laptop", "Nimbus Book 14", "laptop", frozenset({"device"}),
            "NB", "NB14-", ("0x0000007E", "0x80070005", "CRITICAL_PROCESS_DIED", "0xc000021a")),
    Product("food", "Khana Express", "food-delivery app", frozenset({"app", "account", "payments"}),
            "KX", "KX", ("KX-408", "LOC-02", "KX-500", "ERR_GEO_TIMEOUT")),
    Product("photos", "SkyVault Photo Backup", "cloud photo backup service",
            frozenset({"app", "account", "payments"}),
            "SV", "SV", ("SV-503", "SV-UPL-17", "ERR_QUOTA", "SV-429")),
)

ALL_PRODUCT_KEYS: tuple[str, ...] = tuple(product.key for product in PRODUCTS)

# --------------------------------------------------------------------------------------------
# English problems that fit any product with the right traits.
# --------------------------------------------------------------------------------------------

GENERIC_PROBLEMS: dict[str, tuple[Problem, ...]] = {
    "account_access": (
        _p(("Password reset link keeps looping", "Stuck in a password reset loop",
            "Cannot reset my {product} password", "Reset password goes back to the same page"),
           ("Every time I reset my {product} password, the link brings me back to the same reset page.",
            "I have tried {n} times since {date}.",
            "The new password is accepted, but then the login screen says it is wrong.",
            "I am using a {model} phone."), "account"),
        _p(("OTP not arriving", "Not receiving the verification code", "No OTP SMS when logging in",
            "Login code never comes"),
           ("The one-time code for {product} never arrives on my phone.",
            "I waited more than {wait} minutes before asking for a new one.",
            "Other SMS messages are arriving normally.",
            "My number ends in {last4}."), "account"),
        _p(("Account locked after wrong password", "My account is locked", "Locked out of {product}",
            "Too many attempts - account blocked"),
           ("My {product} account got locked after I typed the wrong password a few times.",
            "The message says to try again in 24 hours, but I need it today.",
            "The screen shows error {error}."), "account"),
        _p(("Changed my number, cannot log in", "Lost access after changing SIM",
            "Code goes to my old phone number"),
           ("I changed my mobile number and now {product} sends the login code to the old number.",
            "The old SIM card is lost.",
            "How can I update the number if I cannot log in?"), "account"),
        _p(("Email verification link expired", "Verification email link not working",
            "Cannot verify my email"),
           ("The verification link from {product} says 'link expired' every time I open it.",
            "I opened it within {wait} minutes of receiving it.",
            "I have requested a new link {n} times."), "account"),
    ),
    "billing": (
        _p(("Charged twice for one order", "Double payment deducted", "Money taken two times",
            "Duplicate charge on {order}"),
           ("I was charged {amount} twice for the same order, {order}.",
            "My bank SMS shows both payments on {date}.",
            "Please refund the extra payment."), "payments"),
        _p(("Refund not received yet", "Where is my refund?", "Refund pending for {days} days",
            "Still waiting for refund of {amount}"),
           ("I cancelled {order} on {date} and was told the refund of {amount} would come within 3 days.",
            "It has now been {days} days.",
            "The app still shows 'refund initiated'."), "payments"),
        _p(("Unknown charge on my account", "Why was I charged {amount}?",
            "Subscription renewed without asking",
            "Charge I did not agree to"),
           ("There is a charge of {amount} from {product} on {date} that I do not recognise.",
            "I never agreed to any auto-renewal.",
            "Please cancel it and return the money."), "payments"),
        _p(("Need an invoice for my payment", "Invoice download is blank", "Receipt request for {order}"),
           ("I need an invoice for payment {order} for my shop accounts.",
            "The download button only opens a blank page.",
            "The amount was {amount}."), "payments"),
    ),
    "connectivity": (
        _p(("App says no internet but other apps work", "Cannot connect to server",
            "Connection timeout in {product}", "'Unable to connect' error"),
           ("{product} keeps showing 'Unable to connect' even though WhatsApp and YouTube work fine.",
            "The error code is {error}.",
            "This started on {date}.",
            "I tried both Wi-Fi and mobile data."), "app"),
        _p(("Internet very slow", "Very slow internet since {date}", "Speed much lower than my plan",
            "Pages take forever to load"),
           ("The internet has been very slow for {days} days.",
            "Pages take more than a minute to open.",
            "A speed test shows less than 1 Mbps.",
            "It is worst in the evening."), "network"),
    ),
    "device_setup": (
        _p(("Cannot install {product} on new phone", "App not installing",
            "Setting up {product} on a new phone",
            "'Device not compatible' message"),
           ("I bought a new {model} and {product} will not install from the app store.",
            "It says 'Your device isn't compatible with this version'.",
            "My old phone is broken, so I need this one working."), "app"),
        _p(("Help setting up my new {product}", "First-time setup not working", "Setup stuck on first screen",
            "New {product} setup problem"),
           ("I just bought the {product} and the setup stops at the first screen.",
            "The progress bar stays at {pct}% for a long time.",
            "I followed the paper guide in the box.",
            "Serial number: {serial}."), "device"),
    ),
    "software_bug": (
        _p(("App crashes after update", "{product} closes right after the update",
            "Crash on opening since latest update", "App keeps closing"),
           ("Since the update on {date}, {product} closes as soon as I open it.",
            "I already restarted the phone and cleared the cache.",
            "Phone model: {model}.",
            "I cannot do any work without it."), "app"),
        _p(("White screen after login", "Blank screen in app", "Nothing shows after I sign in"),
           ("After I log in, {product} shows only a white screen.",
            "Sometimes error {error} flashes for a second.",
            "Reinstalling did not help."), "app"),
        _p(("Buttons show strange text", "App shows codes instead of words",
            "Wrong text on buttons after update"),
           ("Some buttons in {product} show strange codes like 'btn_confirm_label' instead of words.",
            "It started after the last update.",
            "My phone language is set to English."), "app"),
    ),
    "how_to": (
        _p(("How do I change my registered email?", "Update email address on account",
            "Change email on {product}"),
           ("How can I change the email address registered on my {product} account?",
            "I no longer use the old one.",
            "I can still log in with my phone number."), "account"),
        _p(("How to close my extra account?", "Close my second account", "Merge two accounts?"),
           ("I made two {product} accounts by mistake, one with my email and one with my phone.",
            "How can I close the extra one without losing my history?"), "account"),
        _p(("How to change app language", "Can I use {product} in my language?", "Language setting"),
           ("Where can I change the language of {product}?",
            "My mother would prefer to use it in her own language.",
            "I could not find it in the settings."), "app"),
    ),
    "hardware_fault": (
        _p(("Cracked phone screen - cannot tap buttons", "Touch not working on part of screen",
            "Screen broken, cannot use {product}"),
           ("My phone screen is cracked and the bottom part does not respond to touch, so I cannot press "
            "the confirm button in {product}.",
            "The phone is a {model}.",
            "Is there another way to finish my request?"), "app"),
        _p(("Phone camera broken, cannot scan QR code", "QR scan not working - camera damaged",
            "Camera shows black screen"),
           ("The camera on my {model} only shows a black screen, so {product} cannot scan the QR code.",
            "It broke after the phone fell in water.",
            "Can I enter the code by hand instead?"), "app"),
        _p(("Fingerprint sensor stopped working", "Cannot log in with fingerprint",
            "Fingerprint reader dead"),
           ("The fingerprint sensor on my phone stopped working after it fell, and {product} only offers "
            "fingerprint login.",
            "My phone is a {model}.",
            "I don't remember setting a PIN."), "account"),
    ),
    "security": (
        _p(("Phishing email pretending to be {product}", "Suspicious email asking for my password",
            "Is this email from you?", "Fake {product} email"),
           ("I got an email that looks like it is from {product}, asking me to confirm my password and OTP.",
            "The sender address looks strange.",
            "I did not click anything.",
            "Please tell me if it is real."), "account"),
        _p(("Login alert from unknown place", "Someone logged in to my account",
            "New device sign-in I did not do"),
           ("I received an alert that someone signed in to my {product} account from a new device on {date}.",
            "It was not me.",
            "I have changed my password already, but I am worried."), "account"),
        _p(("Caller asked for my OTP", "Fake support call", "Someone called pretending to be support"),
           ("A man called and said he was from {product} support, and asked me to read out the OTP he sent.",
            "I did not tell him the code.",
            "He knew my full name, which scared me.",
            "Is my account safe?"), "account"),
    ),
    "other": (
        _p(("Thank you for the help", "Compliment for the support team", "Problem solved, thanks"),
           ("I just want to say thank you, the problem with {product} is solved now.",
            "The lady at the help centre explained everything patiently."), polite_only=True),
        _p(("Request to close my account", "Please delete my account", "Stop my {product} service"),
           ("I want to stop using {product} and close my account.",
            "Please tell me if there are any pending charges first.",
            "My customer ID is {cust_id}."), "account"),
        _p(("Complaint not answered", "No reply to my earlier complaint", "Follow-up on ticket {order}"),
           ("I complained about {product} on {date} and nobody has replied.",
            "My reference number is {order}.",
            "Please tell me the status.")),
        _p(("Support in my language?", "Is there a phone helpline?", "Phone number for support"),
           ("Is there a phone number where I can talk to someone about {product} in my own language?",
            "Writing is difficult for me.")),
    ),
}

# --------------------------------------------------------------------------------------------
# English problems specific to one product.
# --------------------------------------------------------------------------------------------

SPECIFIC_PROBLEMS: dict[str, dict[str, tuple[Problem, ...]]] = {
    "bank": {
        "account_access": (
            _p(("MPIN blocked", "MPIN locked after 3 tries", "Forgot MPIN, cannot send money"),
               ("I entered the wrong MPIN three times and now PaySathi says my MPIN is blocked.",
                "I need to send money to my mother today.",
                "I have my debit card with me if that helps.")),
        ),
        "billing": (
            _p(("UPI payment failed but money debited", "Money deducted, payment shows failed",
                "Shopkeeper did not get my payment"),
               ("I paid {amount} to a shop by UPI, the app said 'failed' but the money left my account.",
                "UPI reference: {order}.",
                "The shopkeeper says he did not receive anything.")),
            _p(("SMS alert charges too high", "Why am I charged for SMS alerts?",
                "Quarterly charges deducted"),
               ("{amount} was deducted as 'SMS alert charges' on {date}.",
                "I thought these alerts were free.",
                "Can I switch them off?")),
        ),
        "connectivity": (
            _p(("Bank server not reachable", "Transfers failing with server error",
                "'Try again later' on every transfer"),
               ("Every transfer ends with 'Bank server not reachable, try later' ({error}).",
                "Checking the balance works, only transfers fail.",
                "I tried {n} times today.")),
        ),
        "device_setup": (
            _p(("Fingerprint login cannot be enabled", "Biometric login setup fails",
                "Cannot turn on fingerprint in PaySathi"),
               ("When I try to turn on fingerprint login in PaySathi it says 'biometric not available', "
                "although my {model} has a fingerprint sensor.",
                "Fingerprint works for unlocking the phone.")),
            _p(("Registering PaySathi on new phone", "Device binding SMS fails",
                "Cannot register app on new phone"),
               ("PaySathi asks to send an SMS for device registration, but it always fails with {error}.",
                "My SIM has balance and is in slot 1.")),
        ),
        "software_bug": (
            _p(("Balance shows zero", "Wrong balance on home screen", "Home screen balance not updating"),
               ("The home screen shows my balance as 0.00, but the passbook entries are correct.",
                "Pulling down to refresh does nothing.",
                "This started on {date}.")),
        ),
        "how_to": (
            _p(("How to download account statement", "Need bank statement for 3 months",
                "Statement PDF for loan application"),
               ("How can I download my account statement for the last three months from PaySathi?",
                "The bank needs it for my loan application.",
                "I only see the last 10 transactions.")),
            _p(("How to add a nominee", "Add nominee to my account", "Nominee details update"),
               ("I want to add my daughter as nominee on my account.",
                "Can I do it in the PaySathi app, or must I go to the branch?")),
        ),
        "security": (
            _p(("Money taken after scanning QR", "Scammed with a QR code",
                "Scanned QR to receive money, money was taken"),
               ("A buyer told me to scan a QR code to receive {amount}, but instead the money was taken "
                "from my account.",
                "Transaction reference: {order}.",
                "I have the buyer's phone number.")),
        ),
        "other": (
            _p(("Update my address", "Change address in bank records", "Address change request"),
               ("I moved to a new village and want to update my address in the bank records.",
                "What documents should I bring to the centre?")),
        ),
    },
    "router": {
        "account_access": (
            _p(("Forgot router admin password", "Cannot log in to router settings",
                "Router admin login not working"),
               ("I forgot the admin password for the {product} settings page.",
                "The sticker under the router is faded and I cannot read the default one.",
                "Serial number: {serial}.")),
        ),
        "billing": (
            _p(("Still charged rental for returned router", "Router rent charged after return",
                "Monthly rental not stopped"),
               ("I returned the {product} on {date}, but I am still being charged {amount} monthly rental.",
                "The return receipt number is {order}.")),
        ),
        "connectivity": (
            _p(("Router blinking red", "Red light on router, no internet", "Internet light blinking red",
                "No internet - red LED"),
               ("The internet light on my {product} has been blinking red since {date}.",
                "I switched it off and on twice.",
                "No device in the house can connect.",
                "The cable from the pole looks fine.")),
            _p(("Wi-Fi drops every evening", "Wi-Fi disconnects at night",
                "Internet cuts off every day around {time}"),
               ("The Wi-Fi disconnects every evening around {time} and comes back after 10 to 15 minutes.",
                "It happens on all phones and the laptop.",
                "The router lights look normal during this time.")),
        ),
        "device_setup": (
            _p(("Cannot open router settings page", "192.168.0.1 not opening",
                "Router setup page not loading"),
               ("I type 192.168.0.1 in the browser but the {product} settings page does not open.",
                "The phone is connected to the router's Wi-Fi.",
                "The browser says 'This site can't be reached'.")),
            _p(("Setting up router after moving house", "Reinstall router at new address",
                "Router setup at new home"),
               ("We moved house and I need to set up the {product} again.",
                "Which cable goes into the blue port?",
                "The installer is not coming until next week.")),
        ),
        "software_bug": (
            _p(("Router firmware update fails", "Firmware update stuck", "Update error on router"),
               ("The firmware update stops at {pct}% and shows {error}.",
                "After that the router restarts with the old version.",
                "I tried {n} times.")),
        ),
        "how_to": (
            _p(("How to change Wi-Fi password", "Change Wi-Fi name and password",
                "Neighbours are using my Wi-Fi"),
               ("How do I change the Wi-Fi password on my {product}?",
                "I think the neighbours know the old one.")),
            _p(("How to limit internet time for kids", "Parental control on router",
                "Turn off Wi-Fi at night automatically"),
               ("Is there a way to switch off the Wi-Fi for the children's tablet after 9 pm?",
                "They stay up late watching videos.")),
        ),
        "hardware_fault": (
            _p(("Router not turning on", "Router adapter burnt", "Power adapter very hot, router dead"),
               ("The power adapter of the {product} got very hot and now the router does not turn on at all.",
                "There was a burning smell yesterday.",
                "Serial number: {serial}.")),
            _p(("LAN port not working", "One port on router is dead", "Ethernet port broken"),
               ("LAN port 2 on the router is dead; the same cable works in port 1.",
                "I need both ports for the shop computer and the printer.")),
        ),
        "security": (
            _p(("Unknown devices on my Wi-Fi", "Strangers connected to my router", "Block unknown devices"),
               ("The router app shows {n} devices I don't recognise connected to my Wi-Fi.",
                "How do I block them and change the password?")),
        ),
        "other": (
            _p(("Return router - moving away", "Router pickup request", "Want to return the router"),
               ("I am moving to another district and want to return the {product}.",
                "When can someone collect it?")),
        ),
    },
    "market": {
        "account_access": (
            _p(("Cannot log in to seller account", "Seller account login fails",
                "Seller dashboard not opening"),
               ("I sell pickles on BazaarHub and since {date} I cannot log in to my seller account.",
                "It says 'account under review' with code {error}.",
                "I have {n} orders waiting to be shipped.")),
        ),
        "billing": (
            _p(("Coupon not applied but full price charged", "Discount missing from my order",
                "Coupon code ignored at checkout"),
               ("The coupon was accepted in the cart, but I was charged the full {amount} for order {order}.",
                "I have a screenshot of the cart.")),
            _p(("Cash on delivery fee charged extra", "Extra COD charge",
                "Delivery person took more money than shown"),
               ("The app showed a lower total, but the delivery person asked for {amount} for order {order}.",
                "He said the extra was a 'cash handling fee'.")),
        ),
        "connectivity": (
            _p(("Payment page not loading", "Checkout keeps spinning", "Cannot reach payment page"),
               ("When I press 'Pay now' on BazaarHub, the page keeps loading and never opens.",
                "Error {error} appears after two minutes.",
                "My data connection is working.")),
        ),
        "device_setup": (
            _p(("Setting up BazaarHub on centre tablet", "Install marketplace app on shared tablet",
                "Tablet setup for customers"),
               ("We want to install BazaarHub on the help centre tablet so villagers can order with their "
                "own accounts.",
                "How do we make sure each person logs out properly?")),
        ),
        "software_bug": (
            _p(("Cart empties itself", "Items disappear from cart", "Cart is empty at payment page"),
               ("Items in my BazaarHub cart disappear when I go to the payment page.",
                "It happened {n} times today.",
                "Phone: {model}.")),
            _p(("Search shows no results", "Search not working", "Every search says 'no items found'"),
               ("Whatever I search for in BazaarHub, even 'rice', it says 'no items found'.",
                "Browsing by category still works.")),
        ),
        "how_to": (
            _p(("How to track my order", "Where is my parcel?", "Tracking order {order}"),
               ("How do I see where my order {order} is right now?",
                "The app only says 'shipped' since {date}.")),
            _p(("How to return an item", "Return a product", "Return request for {order}"),
               ("The shoes from order {order} are too small.",
                "How do I return them and get a bigger size?")),
            _p(("How to become a seller", "Start selling on BazaarHub", "Open seller account"),
               ("My sister makes handmade bags and wants to sell them on BazaarHub.",
                "What documents does she need to open a seller account?")),
        ),
        "hardware_fault": (
            _p(("Phone arrived with cracked screen", "Received damaged phone", "Broken screen on delivery"),
               ("The phone I ordered ({order}) arrived with a cracked screen.",
                "The box was sealed when I opened it.",
                "I took a video while unboxing.")),
            _p(("Earphones - left side no sound", "Faulty earphones received",
                "Speaker not working on new item"),
               ("The earphones from order {order} have no sound on the left side.",
                "I tried them on two phones.")),
        ),
        "security": (
            _p(("Fake lucky draw SMS", "Prize message asking for delivery fee",
                "Is the BazaarHub lottery real?"),
               ("I got an SMS saying I won a phone in a BazaarHub lucky draw and must pay {amount} as "
                "delivery fee.",
                "Is this really from you?")),
        ),
        "other": (
            _p(("Delivery person was rude", "Complaint about delivery agent", "Bad behaviour by courier"),
               ("The delivery person for order {order} shouted at my mother and threw the parcel "
                "at the gate.",
                "This is not acceptable.")),
            _p(("Parcel marked delivered but not received", "Order shows delivered - I got nothing",
                "Missing parcel"),
               ("Order {order} shows 'delivered' on {date}, but nobody came to our house.",
                "My neighbours did not receive it either.")),
        ),
    },
    "data": {
        "account_access": (
            _p(("TalkMore app says number not registered", "Cannot sign in to TalkMore app",
                "Number not registered error"),
               ("The TalkMore app says my number is not registered, but I have used this SIM for {n} years.",
                "Error: {error}.")),
        ),
        "billing": (
            _p(("Recharge done but pack not activated", "Data pack not active after payment",
                "Paid for data, nothing received"),
               ("I recharged {amount} for the monthly data pack on {date}, but the pack is not active.",
                "Transaction ID: {order}.",
                "The money was deducted from my wallet.")),
            _p(("Balance cut for service I never started", "Unknown VAS deduction", "Caller tune charges"),
               ("{amount} was cut from my balance for a 'caller tune' service I never started.",
                "Please stop it and return the balance.")),
        ),
        "connectivity": (
            _p(("No 4G signal in village", "Only 2G network at home", "Network signal very weak"),
               ("Since {date} my phone only shows 2G or no signal in our village.",
                "Before, 4G worked fine.",
                "Everybody on TalkMore here has the same problem.")),
            _p(("Mobile data not working after recharge", "Data on but no internet",
                "Internet not working on SIM"),
               ("The data pack is active, but no website or app opens on mobile data.",
                "Calls and SMS work fine.",
                "Phone: {model}.")),
        ),
        "device_setup": (
            _p(("APN settings for new phone", "Mobile data not working on new phone",
                "Internet settings for TalkMore SIM"),
               ("I put my TalkMore SIM into a new {model}, but mobile data does not work.",
                "The APN setting is empty.",
                "What should I type there?")),
        ),
        "software_bug": (
            _p(("Data usage shown wrongly", "App shows wrong data balance", "Data used too fast"),
               ("The TalkMore app says I used 8 GB today, but my phone counter shows only 600 MB.",
                "Now my pack is finished before time.")),
        ),
        "how_to": (
            _p(("How to check remaining data", "Check data balance", "How much data is left?"),
               ("How can I check how much data is left in my pack?",
                "Is there a USSD code for this?")),
            _p(("How to share data with family", "Gift data to my son", "Transfer data to another number"),
               ("Can I share part of my data pack with my son's TalkMore number?",
                "He is studying in the town.")),
        ),
        "hardware_fault": (
            _p(("SIM card not detected", "Phone shows 'No SIM'", "SIM stopped working"),
               ("My phone shows 'No SIM' since this morning.",
                "I tried the SIM in another phone and got the same problem.",
                "I need a replacement SIM with the same number.")),
        ),
        "security": (
            _p(("SIM swap I did not request", "Lost network suddenly - SIM replaced?", "Possible SIM fraud"),
               ("My phone suddenly shows no network, and I got an SMS about a SIM replacement "
                "I did not ask for.",
                "My bank account is linked to this number.",
                "Please block it immediately.")),
        ),
        "other": (
            _p(("Want to port my number to TalkMore", "Port-in request", "Switch my number to TalkMore"),
               ("I want to move my number from another operator to TalkMore.",
                "What is the process and how long does it take?")),
        ),
    },
    "tv": {
        "account_access": (
            _p(("Cannot sign in to Lumio account on TV", "TV says account not found",
                "Sign-in code on TV not working"),
               ("The TV shows a code to enter on my phone, but the website says the code is invalid.",
                "I tried {n} times with new codes.")),
        ),
        "billing": (
            _p(("Charged for movie rental I did not buy", "Unknown rental charge",
                "Kids rented a movie by mistake"),
               ("I was charged {amount} for a movie rental on {date} that I did not buy.",
                "Maybe the children pressed the button.",
                "Can you refund it and add a PIN for purchases?")),
        ),
        "connectivity": (
            _p(("Streaming keeps buffering", "Videos keep stopping on TV", "TV internet very slow"),
               ("Videos on the {product} stop every few seconds to buffer.",
                "On my phone, the same Wi-Fi works fine.",
                "The TV is in the next room from the router.")),
        ),
        "device_setup": (
            _p(("TV cannot find my Wi-Fi", "Wi-Fi network not showing on TV", "Connect TV to Wi-Fi"),
               ("My new {product} does not show our Wi-Fi in the network list.",
                "Other networks from the neighbours are visible.",
                "The router is a dual-band one.")),
            _p(("Remote not pairing with TV", "Pair new remote", "Voice remote setup"),
               ("The TV keeps saying 'press OK to pair the remote', but nothing happens.",
                "I put new batteries in the remote.")),
        ),
        "software_bug": (
            _p(("TV stuck on logo after update", "TV does not start after software update",
                "Boot loop on Lumio TV"),
               ("After the software update on {date}, the TV shows the Lumio logo and restarts "
                "again and again.",
                "Serial number: {serial}.")),
            _p(("Video app freezes on TV", "Apps freeze after a few minutes",
                "Picture freezes but sound continues"),
               ("The video app on the TV freezes after about 10 minutes, but the sound continues.",
                "I have to unplug the TV to fix it.")),
        ),
        "how_to": (
            _p(("How to cast phone screen to TV", "Show phone photos on TV", "Screen mirroring help"),
               ("How can I show photos from my phone on the {product}?",
                "My phone is a {model}.")),
            _p(("How to change picture mode", "Picture too dark", "Brightness settings on TV"),
               ("The picture on the TV is very dark in the daytime.",
                "Where do I change the picture mode?")),
        ),
        "hardware_fault": (
            _p(("Vertical lines on TV screen", "Lines on the display", "Coloured lines on screen"),
               ("Two thin coloured vertical lines appeared on the left side of the {product} screen.",
                "They are there even on the menu.",
                "The TV is {n} months old.")),
            _p(("No sound from TV speakers", "TV sound stopped", "Speakers not working"),
               ("There is no sound from the TV speakers, but headphones work.",
                "Volume is at 40 and mute is off.")),
            _p(("TV screen cracked", "Broken TV screen", "Screen damaged by a ball"),
               ("The {product} screen cracked when my son's ball hit it.",
                "Is the panel covered by warranty?")),
        ),
        "security": (
            _p(("TV asked for card details in pop-up", "Suspicious payment window on TV",
                "Strange pop-up on TV"),
               ("A window appeared on the TV asking for my card number to 'keep the service active'.",
                "I did not enter anything.",
                "Is this from Lumio?")),
        ),
        "other": (
            _p(("Wall mount installation visit", "Book installation for TV",
                "Technician visit for wall mount"),
               ("I want a technician to mount the {product} on the wall.",
                "What is the charge and when can someone come?")),
        ),
    },
    "laptop": {
        "account_access": (
            _p(("Forgot laptop PIN", "Cannot log in to Windows", "Locked out of laptop"),
               ("I forgot the PIN to log in to my {product}.",
                "It shows my email address, but I don't remember that password either.")),
        ),
        "billing": (
            _p(("Warranty extension charged twice", "Double charge for extended warranty",
                "Paid twice for warranty"),
               ("I bought the 1-year warranty extension for my {product} and was charged {amount} twice.",
                "Order number: {order}.")),
        ),
        "connectivity": (
            _p(("Laptop not connecting to Wi-Fi", "Wi-Fi connected but no internet on laptop",
                "Laptop shows 'No internet, secured'"),
               ("My {product} says 'No internet, secured' on the Wi-Fi, but my phone works "
                "on the same network.",
                "I restarted both the laptop and the router.")),
        ),
        "device_setup": (
            _p(("First-time Windows setup stuck", "Laptop setup stuck on 'Just a moment'",
                "New laptop setup not finishing"),
               ("My new {product} has been on 'Just a moment...' for over an hour during the first setup.",
                "Should I switch it off?")),
            _p(("Printer not connecting to laptop", "Install printer on new laptop",
                "Laptop cannot find printer"),
               ("The {product} does not find the printer in the shop, but the old computer printed fine.",
                "The printer is connected with a USB cable.")),
        ),
        "software_bug": (
            _p(("Blue screen error", "Laptop shows blue screen and restarts", "Blue screen {error}"),
               ("My {product} shows a blue screen with {error} and restarts.",
                "It happens {n} times a day, mostly when I open the browser.",
                "Serial number: {serial}.")),
            _p(("Laptop restarts during update", "Update keeps failing", "Windows update loop"),
               ("Every night the laptop tries to install an update, fails, and undoes the changes.",
                "It wastes my data pack.")),
        ),
        "how_to": (
            _p(("How to take a screenshot", "Screenshot on laptop", "Capture screen on laptop"),
               ("How do I take a screenshot on the {product}?",
                "I need to send the error message to my college.")),
            _p(("How to back up documents to pen drive", "Copy files to USB", "Save my files before repair"),
               ("The laptop goes for repair tomorrow.",
                "How do I copy all my documents to a pen drive first?")),
        ),
        "hardware_fault": (
            _p(("Keyboard keys not working", "Some keys do not type", "Keyboard problem"),
               ("The keys E, R and T on my {product} keyboard do not type anything.",
                "Nothing was spilled on it.",
                "Serial number: {serial}.")),
            _p(("Battery drains very fast", "Battery lasts only 30 minutes", "Battery not holding charge"),
               ("The battery of my {product} goes from full to empty in about 30 minutes.",
                "It is only {n} months old.")),
            _p(("Laptop will not turn on", "No power on laptop", "Dead laptop"),
               ("My {product} does not turn on at all; even the charging light stays off.",
                "I tried another charger from the shop.")),
        ),
        "security": (
            _p(("Pop-up says laptop is infected", "Virus warning with phone number", "Fake virus alert"),
               ("A loud pop-up says my laptop is infected and I must call a number to fix it.",
                "I could not close the browser.",
                "I did not call the number.")),
        ),
        "other": (
            _p(("Need warranty certificate", "Warranty card missing", "Proof of warranty request"),
               ("I lost the warranty card for my {product}.",
                "Can you send me a copy? Serial number: {serial}.")),
        ),
    },
    "food": {
        "account_access": (
            _p(("Account blocked for too many cancellations", "Cannot order - account restricted",
                "Account suspended"),
               ("Khana Express says my account is restricted because of too many cancellations.",
                "Two of those orders were cancelled by the restaurant, not me.")),
        ),
        "billing": (
            _p(("Charged for cancelled order", "Money taken for order that never came",
                "Cancelled order still charged"),
               ("The restaurant cancelled order {order}, but I was still charged {amount}.",
                "The app shows 'refund not applicable'.")),
            _p(("Delivery fee charged twice", "Double delivery charge", "Extra fees on my bill"),
               ("My bill for order {order} has the delivery fee two times.",
                "Total charged was {amount}.")),
        ),
        "connectivity": (
            _p(("Restaurants not loading", "App stuck on 'finding restaurants'", "No restaurants shown"),
               ("Khana Express is stuck on 'Finding restaurants near you' and never loads.",
                "Error {error} sometimes shows.",
                "Location is switched on.")),
        ),
        "device_setup": (
            _p(("App not supported on my old phone", "Khana Express needs newer Android?",
                "Cannot install on old phone"),
               ("The app store says Khana Express is not supported on my {model}.",
                "Is there an older version or a website I can use?")),
        ),
        "software_bug": (
            _p(("Order stuck on 'preparing'", "Order status not updating", "Order {order} stuck"),
               ("Order {order} has said 'preparing' for two hours.",
                "The restaurant says they gave it to the rider long ago.")),
            _p(("Map pin shows wrong address", "Delivery location jumps to wrong place", "Address pin wrong"),
               ("The map pin always jumps to the bus stand, {n} km from my house.",
                "Riders keep calling me to ask the way.")),
        ),
        "how_to": (
            _p(("How to add a second address", "Save office address", "Add new delivery address"),
               ("How do I save a second delivery address for my office?",
                "I can only see my home address.")),
            _p(("How to use wallet balance", "Pay with Khana wallet", "Wallet money not used at checkout"),
               ("I have {amount} in my Khana wallet.",
                "How do I use it to pay for my next order?")),
        ),
        "security": (
            _p(("Someone ordered from my account", "Orders I did not place", "Unknown orders on my account"),
               ("There are {n} orders in my history from another city that I did not place.",
                "My saved card was charged {amount}.",
                "Please block my account.")),
        ),
        "other": (
            _p(("Food arrived cold and late", "Late delivery complaint", "Order came very late"),
               ("Order {order} arrived 90 minutes late and the food was cold.",
                "I want a refund or a voucher.")),
            _p(("Item missing from order", "Missing item in my delivery", "Incomplete order"),
               ("The naan and the dessert were missing from order {order}.",
                "The bill says I paid {amount}.")),
        ),
    },
    "photos": {
        "account_access": (
            _p(("Lost phone with two-step verification", "Cannot get 2-step code - phone stolen",
                "Backup codes lost"),
               ("My phone was stolen and SkyVault asks for a code from that phone.",
                "I don't have the backup codes.",
                "All my wedding photos are in the account.")),
        ),
        "billing": (
            _p(("Charged for storage plan after cancelling", "Storage subscription still charged",
                "Cancelled plan, still billed"),
               ("I cancelled my 100 GB plan on {date}, but {amount} was charged again this month.",
                "Receipt number: {order}.")),
        ),
        "connectivity": (
            _p(("Upload fails with network error", "Backup fails - network error", "Photos not uploading"),
               ("Every upload to SkyVault fails with '{error}: network error'.",
                "Other apps work on the same Wi-Fi.")),
        ),
        "device_setup": (
            _p(("Set up automatic backup on new phone", "Turn on auto backup",
                "Backup not starting on new phone"),
               ("I logged in to SkyVault on my new {model}, but automatic backup does not start.",
                "Which settings do I need to allow?")),
        ),
        "software_bug": (
            _p(("Backup stuck with items remaining", "Backup stuck at {n} items", "Backup never finishes"),
               ("SkyVault says 'Backing up, {n} items remaining' for {days} days.",
                "The number never changes.",
                "Phone: {model}.")),
            _p(("Photos blurry after backup", "Old photos look low quality", "Backed up photos are blurry"),
               ("Photos I open from SkyVault look blurry, even though the originals were sharp.",
                "I deleted the originals from the phone to free space.")),
        ),
        "how_to": (
            _p(("How to export contacts", "Export contacts to a file", "Save contacts from SkyVault"),
               ("How do I export my contacts from SkyVault to a file?",
                "I want to move them to my new phone.")),
            _p(("How to download all photos to laptop", "Download full photo library",
                "Copy all photos to computer"),
               ("How can I download all my photos from SkyVault to a laptop in one go?",
                "There are about {n} thousand photos.")),
            _p(("How to share an album with family", "Share photos with relatives", "Shared album help"),
               ("How do I share the wedding album with relatives who don't have SkyVault?",)),
        ),
        "security": (
            _p(("Is my shared album link public?", "Strangers can see my album?", "Shared link privacy"),
               ("I shared an album link in a WhatsApp group.",
                "Can people outside the group open it if it is forwarded?",
                "How do I switch the link off?")),
        ),
        "other": (
            _p(("Delete all my data", "Request to erase my photos and account", "Data deletion request"),
               ("Please delete all my photos and my SkyVault account permanently.",
                "I want a confirmation by email.")),
        ),
    },
}

# --------------------------------------------------------------------------------------------
# English tone pieces.
# --------------------------------------------------------------------------------------------

TONES: tuple[str, ...] = ("polite", "angry", "confused")
TONE_WEIGHTS: tuple[int, ...] = (6, 2, 3)

GREETINGS: dict[str, tuple[str, ...]] = {
    "polite": ("Hello,", "Hi team,", "Good morning,", "Dear support team,", "Hello there,", "Good afternoon,",
               "Hi,", "Dear Sir or Madam,"),
    "angry": ("Hello,", "To whom it may concern,", "Support,", "Hi,"),
    "confused": ("Hi,", "Hello,", "Hello, sorry to bother you.", "Hi, I hope this is the right place."),
}

LEAD_INS: dict[str, tuple[str, ...]] = {
    "polite": ("I hope you are well.", "I need some help with {product}.",
               "I am writing about my {product}.", "Could you please help me with a problem?"),
    "angry": ("This is the {nth} time I am writing about this.", "I am very unhappy with {product}.",
              "Nobody has answered my previous complaint.", "I have wasted the whole day on this."),
    "confused": ("I am not very good with technology, sorry.",
    "I am not sure if this is the right place to ask.",
                 "Something strange is happening and I don't understand it.",
                 "My nephew usually helps me but he is away."),
}

EXTRAS: tuple[str, ...] = (
    "I am writing from the digital help centre in our village.",
    "I already tried restarting everything.",
    "I need this for my small shop.",
    "Please call me on {phone} if needed.",
    "I watched a video online, but it did not help.",
    "My customer ID is {cust_id}.",
    "I am using the centre's computer to write this.",
    "This is affecting my work.",
    "My daughter helped me write this message.",
)

CLOSINGS: dict[str, tuple[str, ...]] = {
    "polite": ("Thank you.", "Thanks in advance for your help.", "Thank you for your time.",
               "I would be grateful for a quick reply.", "Many thanks."),
    "angry": ("Please fix this today.", "I expect a reply quickly.", "Otherwise I will cancel my account.",
              "Fix it or refund my money.", "I am losing money because of this."),
    "confused": ("Can you explain what I should do?", "Please tell me step by step.", "What should I do now?",
                 "Is this normal?", "Sorry for the trouble."),
}

SIGN_OFFS: tuple[str, ...] = ("Regards,\n{name}", "Thanks,\n{first}", "{name}", "Best regards,\n{name}",
                              "- {first}", "Kind regards,\n{name}\n{phone}")

SUBJECT_PREFIXES: dict[str, tuple[str, ...]] = {
    "polite": ("", "", "", "", "Request: ", "Please help: ", "Help needed - "),
    "angry": ("", "URGENT: ", "Still not fixed: ", "Complaint: ", "AGAIN: "),
    "confused": ("", "", "Question: ", "Help please - ", "Not sure: "),
}

SUBJECT_SUFFIXES: tuple[str, ...] = ("", "", "", "", " - {product}", " ({order})", " [customer {cust_id}]")

ORDINALS: tuple[str, ...] = ("second", "third", "fourth", "fifth")

AGENT_LINES: tuple[str, ...] = (
    "Agent: Thank you, I have noted the details.",
    "Agent: I am creating a ticket for this now.",
    "Agent: Can you confirm your registered number?\nCustomer: Yes, it is {phone}.",
    "Agent: Please stay on the line.\n(call dropped)",
)

PHONE_MODELS: tuple[str, ...] = ("Redmi 12C", "Galaxy A14", "Galaxy M13", "Nokia G21", "Tecno Spark 10",
                                 "Infinix Hot 30", "iPhone 11", "Moto G32", "Vivo Y16", "Realme C55",
                                 "itel A70", "Oppo A17")

TIMES: tuple[str, ...] = ("7 pm", "8:30 pm", "9 in the evening", "6 pm", "10 pm", "7:15 pm")

MONTHS: tuple[str, ...] = ("January", "February", "March", "April", "May", "June", "July", "August",
                           "September", "October", "November", "December")

# --------------------------------------------------------------------------------------------
# Bengali and Hindi templates (native script; product names stay in Latin letters).
# --------------------------------------------------------------------------------------------

_T = NativeTemplate

NATIVE_TEMPLATES: dict[str, tuple[NativeTemplate, ...]] = {
    "hi": (
        _T("account_access", ("bank", "market", "food", "photos"),
           ("पासवर्ड रीसेट नहीं हो रहा", "लॉगिन नहीं हो पा रहा है"),
           ("मेरे {product} खाते में लॉगिन नहीं हो पा रहा है।",
            "पासवर्ड रीसेट का लिंक खोलने पर फिर से वही पेज खुल जाता है।",
            "तीन बार कोशिश करने पर भी कुछ नहीं हुआ।")),
        _T("account_access", ("bank", "market", "food", "data"),
           ("ओटीपी नहीं आ रहा है", "लॉगिन का कोड नहीं मिल रहा"),
           ("लॉगिन करते समय मेरे मोबाइल पर ओटीपी नहीं आ रहा है।",
            "नेटवर्क ठीक है और बाकी एसएमएस आ रहे हैं।",
            "मेरा फ़ोन {model} है।")),
        _T("billing", ("market", "food"),
           ("एक ही ऑर्डर के लिए दो बार पैसे कटे", "दो बार भुगतान कट गया"),
           ("ऑर्डर नंबर {order} के लिए मेरे खाते से ₹{amount} दो बार कट गए हैं।",
            "बैंक के एसएमएस में दोनों भुगतान दिख रहे हैं।",
            "कृपया एक भुगतान वापस कर दीजिए।")),
        _T("billing", ("data",),
           ("रिचार्ज के पैसे कटे, पर पैक चालू नहीं हुआ", "डेटा पैक चालू नहीं हुआ"),
           ("मैंने ₹{amount} का रिचार्ज किया, पैसे कट गए लेकिन डेटा पैक चालू नहीं हुआ।",
            "ट्रांज़ैक्शन आईडी {order} है।")),
        _T("billing", ("bank",),
           ("यूपीआई भुगतान फेल, पर पैसे कट गए",),
           ("दुकान पर ₹{amount} का यूपीआई भुगतान फेल दिखा, लेकिन मेरे खाते से पैसे कट गए।",
            "यूपीआई रेफ़रेंस नंबर {order} है।",
            "दुकानदार कह रहा है कि उसे पैसे नहीं मिले।")),
        _T("connectivity", ("router",),
           ("राउटर पर लाल बत्ती जल रही है", "इंटरनेट बंद है, राउटर में लाल बत्ती"),
           ("कल रात से {product} पर लाल बत्ती जल रही है और इंटरनेट नहीं चल रहा।",
            "राउटर को बंद करके दोबारा चालू किया, फिर भी कुछ नहीं बदला।")),
        _T("connectivity", ("data", "router", "tv"),
           ("इंटरनेट बहुत धीमा चल रहा है", "नेट बहुत स्लो है"),
           ("पिछले दो दिनों से इंटरनेट बहुत धीमा चल रहा है।",
            "वीडियो बिल्कुल नहीं चलता और पेज खुलने में बहुत समय लगता है।")),
        _T("device_setup", ("tv",),
           ("नया टीवी वाई-फ़ाई से नहीं जुड़ रहा", "टीवी सेट करने में मदद चाहिए"),
           ("हमने नया {product} खरीदा है, लेकिन उसे वाई-फ़ाई से जोड़ने का तरीका समझ नहीं आ रहा।",
            "टीवी की सूची में हमारा नेटवर्क दिखता ही नहीं।")),
        _T("device_setup", ("laptop",),
           ("नए लैपटॉप की शुरुआती सेटिंग", "नया लैपटॉप चालू करने में मदद चाहिए"),
           ("नया {product} चालू करने पर भाषा और खाते की सेटिंग माँगी जा रही है।",
            "कृपया बताइए कि आगे क्या करना है।")),
        _T("device_setup", ("data",),
           ("नए फ़ोन में मोबाइल डेटा नहीं चल रहा",),
           ("मैंने {product} का सिम नए {model} फ़ोन में डाला, लेकिन मोबाइल डेटा नहीं चल रहा।",
            "एपीएन सेटिंग में क्या लिखना है?")),
        _T("software_bug", ("bank", "market", "food", "photos"),
           ("अपडेट के बाद ऐप बंद हो जाता है", "ऐप खुलते ही बंद हो रहा है"),
           ("{product} ऐप अपडेट करने के बाद खोलते ही बंद हो जाता है।",
            "मेरा फ़ोन {model} है।",
            "फ़ोन दोबारा चालू करने से भी कोई फ़र्क नहीं पड़ा।")),
        _T("software_bug", ("market", "food"),
           ("भुगतान के समय त्रुटि आ रही है",),
           ("भुगतान करते समय स्क्रीन पर त्रुटि कोड {error} दिखता है।",
            "पैसे नहीं कटे, लेकिन ऑर्डर भी नहीं हुआ।")),
        _T("how_to", ("photos",),
           ("संपर्क एक्सपोर्ट कैसे करें?",),
           ("मुझे अपने सारे संपर्क {product} से एक फ़ाइल में निकालने हैं।",
            "कृपया आसान तरीके से बताइए।")),
        _T("how_to", ("data",),
           ("बचा हुआ डेटा कैसे देखें?",),
           ("मेरे {product} पैक में कितना डेटा बचा है, यह कैसे देखूँ?",
            "क्या इसके लिए कोई यूएसएसडी कोड है?")),
        _T("how_to", ("bank",),
           ("बैंक स्टेटमेंट कैसे डाउनलोड करें?",),
           ("मुझे पिछले तीन महीनों का बैंक स्टेटमेंट चाहिए।",
            "{product} ऐप में यह विकल्प कहाँ मिलेगा?")),
        _T("how_to", ("market",),
           ("ऑर्डर कहाँ तक पहुँचा, कैसे देखें?",),
           ("मेरा ऑर्डर {order} कहाँ तक पहुँचा है, यह कैसे पता करूँ?",
            "ऐप में सिर्फ़ 'शिप्ड' लिखा आ रहा है।")),
        _T("hardware_fault", ("laptop", "tv"),
           ("स्क्रीन टूट गई है",),
           ("गिरने से मेरे {product} की स्क्रीन टूट गई है।",
            "क्या यह वारंटी में ठीक हो जाएगी?")),
        _T("hardware_fault", ("laptop",),
           ("लैपटॉप चार्ज नहीं हो रहा",),
           ("चार्जर लगाने पर भी {product} चार्ज नहीं हो रहा है।",
            "बैटरी की बत्ती भी नहीं जलती।")),
        _T("hardware_fault", ("router",),
           ("राउटर चालू नहीं हो रहा",),
           ("{product} का एडाप्टर बहुत गरम हो गया और अब राउटर चालू ही नहीं होता।",
            "कल जलने जैसी गंध भी आई थी।")),
        _T("security", ("bank", "market", "photos"),
           ("संदिग्ध ईमेल मिला", "क्या यह ईमेल असली है?"),
           ("मुझे {product} के नाम से एक ईमेल मिला है, जिसमें मेरा पासवर्ड और ओटीपी माँगा गया है।",
            "मैंने किसी लिंक पर क्लिक नहीं किया।",
            "क्या यह असली है?")),
        _T("security", ("bank", "food"),
           ("खाते में अनजान लेन-देन", "मेरे खाते से पैसे कटे जो मैंने नहीं भेजे"),
           ("मेरे खाते में ₹{amount} का एक लेन-देन दिखा, जो मैंने नहीं किया।",
            "कृपया मेरा खाता तुरंत रोक दीजिए।")),
        _T("other", ALL_PRODUCT_KEYS,
           ("शिकायत की स्थिति जाननी है",),
           ("मैंने पिछले हफ़्ते {product} के बारे में शिकायत दर्ज की थी, शिकायत संख्या {order} है।",
            "अब तक कोई जवाब नहीं मिला।")),
        _T("other", ("market", "food"),
           ("डिलीवरी वाले ने बदतमीज़ी की",),
           ("ऑर्डर {order} की डिलीवरी करने वाले व्यक्ति ने मेरे घर वालों से बदतमीज़ी की।",
            "कृपया इस पर कार्रवाई कीजिए।")),
    ),
    "bn": (
        _T("account_access", ("bank", "market", "food", "photos"),
           ("পাসওয়ার্ড রিসেট হচ্ছে না", "লগইন করতে পারছি না"),
           ("আমি আমার {product} অ্যাকাউন্টে লগইন করতে পারছি না।",
            "পাসওয়ার্ড রিসেট লিংকে ক্লিক করলে আবার একই পাতায় ফিরে আসে।",
            "তিনবার চেষ্টা করেও কিছু হয়নি।")),
        _T("account_access", ("bank", "market", "food", "data"),
           ("ওটিপি আসছে না", "লগইনের কোড পাচ্ছি না"),
           ("লগইন করার সময় আমার মোবাইলে ওটিপি আসছে না।",
            "নেটওয়ার্ক ঠিক আছে, অন্য এসএমএস আসছে।",
            "আমার ফোন {model}।")),
        _T("billing", ("market", "food"),
           ("একই অর্ডারের জন্য দুবার টাকা কেটেছে", "দুবার পেমেন্ট কেটে নিয়েছে"),
           ("অর্ডার নম্বর {order}-এর জন্য আমার অ্যাকাউন্ট থেকে {amount} টাকা দুবার কেটে নেওয়া হয়েছে।",
            "ব্যাংকের এসএমএসে দুটো পেমেন্টই দেখাচ্ছে।",
            "দয়া করে একটি পেমেন্ট ফেরত দিন।")),
        _T("billing", ("data",),
           ("রিচার্জের টাকা কেটেছে, কিন্তু প্যাক চালু হয়নি",),
           ("আমি {amount} টাকার রিচার্জ করেছি, টাকা কেটে গেছে কিন্তু ডেটা প্যাক চালু হয়নি।",
            "লেনদেন নম্বর {order}।")),
        _T("billing", ("bank",),
           ("ইউপিআই পেমেন্ট ব্যর্থ, কিন্তু টাকা কেটেছে",),
           ("দোকানে {amount} টাকার ইউপিআই পেমেন্ট ব্যর্থ দেখাল, কিন্তু আমার অ্যাকাউন্ট থেকে টাকা কেটে গেছে।",
            "ইউপিআই রেফারেন্স নম্বর {order}।",
            "দোকানদার বলছেন তিনি টাকা পাননি।")),
        _T("connectivity", ("router",),
           ("রাউটারে লাল আলো জ্বলছে", "ইন্টারনেট বন্ধ, রাউটারে লাল আলো"),
           ("গতকাল রাত থেকে {product}-এ লাল আলো জ্বলছে, ইন্টারনেট চলছে না।",
            "রাউটার বন্ধ করে আবার চালু করেছি, তবুও কিছু হয়নি।")),
        _T("connectivity", ("data", "router", "tv"),
           ("ইন্টারনেট খুব ধীরে চলছে", "নেট খুব স্লো"),
           ("গত দুদিন ধরে ইন্টারনেট খুব ধীরে চলছে।",
            "ভিডিও একদম চলে না, পাতা খুলতেও অনেক সময় লাগে।")),
        _T("device_setup", ("tv",),
           ("নতুন টিভি ওয়াই-ফাইয়ে যুক্ত হচ্ছে না", "টিভি সেট আপ করতে সাহায্য চাই"),
           ("আমরা নতুন {product} কিনেছি, কিন্তু কীভাবে ওয়াই-ফাইয়ের সঙ্গে যুক্ত করব বুঝতে পারছি না।",
            "টিভির তালিকায় আমাদের নেটওয়ার্কটাই দেখাচ্ছে না।")),
        _T("device_setup", ("laptop",),
           ("নতুন ল্যাপটপ চালু করার নিয়ম", "নতুন ল্যাপটপ সেট আপ করতে সাহায্য চাই"),
           ("নতুন {product} চালু করলে ভাষা আর অ্যাকাউন্টের সেটিং চাইছে।",
            "এরপর কী করতে হবে, একটু জানাবেন?")),
        _T("device_setup", ("data",),
           ("নতুন ফোনে মোবাইল ডেটা চলছে না",),
           ("{product}-এর সিম নতুন {model} ফোনে লাগিয়েছি, কিন্তু মোবাইল ডেটা চলছে না।",
            "এপিএন সেটিংয়ে কী লিখতে হবে?")),
        _T("software_bug", ("bank", "market", "food", "photos"),
           ("আপডেটের পর অ্যাপ বন্ধ হয়ে যাচ্ছে", "অ্যাপ খুললেই বন্ধ হয়ে যায়"),
           ("{product} অ্যাপ আপডেট করার পর খুললেই বন্ধ হয়ে যায়।",
            "আমার ফোন {model}।",
            "ফোন আবার চালু করেও লাভ হয়নি।")),
        _T("software_bug", ("market", "food"),
           ("পেমেন্টের সময় ত্রুটি দেখাচ্ছে",),
           ("পেমেন্ট করার সময় স্ক্রিনে ত্রুটি কোড {error} দেখাচ্ছে।",
            "টাকা কাটেনি, কিন্তু অর্ডারও হয়নি।")),
        _T("how_to", ("photos",),
           ("কন্ট্যাক্ট কীভাবে এক্সপোর্ট করব?",),
           ("{product} থেকে আমার সব কন্ট্যাক্ট একটা ফাইলে এক্সপোর্ট করতে চাই।",
            "সহজভাবে নিয়মটা বলবেন?")),
        _T("how_to", ("data",),
           ("বাকি ডেটা কীভাবে দেখব?",),
           ("আমার {product} প্যাকে কত ডেটা বাকি আছে, সেটা কীভাবে দেখব?",
            "এর জন্য কোনো ইউএসএসডি কোড আছে কি?")),
        _T("how_to", ("bank",),
           ("ব্যাংক স্টেটমেন্ট কীভাবে ডাউনলোড করব?",),
           ("আমার গত তিন মাসের ব্যাংক স্টেটমেন্ট দরকার।",
            "{product} অ্যাপে এই অপশন কোথায় পাব?")),
        _T("how_to", ("market",),
           ("অর্ডার কোথায় আছে কীভাবে দেখব?",),
           ("আমার অর্ডার {order} এখন কোথায় আছে, সেটা কীভাবে জানব?",
            "অ্যাপে শুধু 'শিপড' লেখা দেখাচ্ছে।")),
        _T("hardware_fault", ("laptop", "tv"),
           ("স্ক্রিন ফেটে গেছে",),
           ("পড়ে গিয়ে আমার {product}-এর স্ক্রিন ফেটে গেছে।",
            "এটা কি ওয়ারেন্টিতে ঠিক করা যাবে?")),
        _T("hardware_fault", ("laptop",),
           ("ল্যাপটপ চার্জ হচ্ছে না",),
           ("চার্জার লাগালেও {product} চার্জ হচ্ছে না।",
            "ব্যাটারির আলোও জ্বলে না।")),
        _T("hardware_fault", ("router",),
           ("রাউটার চালু হচ্ছে না",),
           ("{product}-এর অ্যাডাপ্টার খুব গরম হয়ে গিয়েছিল, এখন রাউটার আর চালুই হচ্ছে না।",
            "গতকাল পোড়া গন্ধও পেয়েছিলাম।")),
        _T("security", ("bank", "market", "photos"),
           ("সন্দেহজনক ইমেল পেয়েছি", "এই ইমেলটা কি আসল?"),
           ("{product}-এর নামে একটি ইমেল পেয়েছি, সেখানে আমার পাসওয়ার্ড আর ওটিপি চাওয়া হয়েছে।",
            "আমি কোনো লিংকে ক্লিক করিনি।",
            "এটা কি আসল?")),
        _T("security", ("bank", "food"),
           ("অ্যাকাউন্টে অচেনা লেনদেন", "আমার অজান্তে টাকা কেটেছে"),
           ("আমার অ্যাকাউন্টে {amount} টাকার একটি লেনদেন দেখাচ্ছে, যেটা আমি করিনি।",
            "দয়া করে এখনই অ্যাকাউন্টটি বন্ধ করে দিন।")),
        _T("other", ALL_PRODUCT_KEYS,
           ("অভিযোগের অবস্থা জানতে চাই",),
           ("গত সপ্তাহে {product} নিয়ে একটি অভিযোগ করেছিলাম, অভিযোগ নম্বর {order}।",
            "এখনও কোনো উত্তর পাইনি।")),
        _T("other", ("market", "food"),
           ("ডেলিভারি কর্মী খারাপ ব্যবহার করেছেন",),
           ("অর্ডার {order}-এর ডেলিভারি কর্মী আমার বাড়ির লোকের সঙ্গে খারাপ ব্যবহার করেছেন।",
            "দয়া করে ব্যবস্থা নিন।")),
    ),
}

NATIVE_GREETINGS: dict[str, tuple[str, ...]] = {
    "hi": ("नमस्ते,", "नमस्कार,", "नमस्ते जी,", "आदरणीय महोदय/महोदया,"),
    "bn": ("নমস্কার,", "হ্যালো,", "আসসালামু আলাইকুম,", "প্রিয় সহায়তা দল,"),
}

NATIVE_CLOSINGS: dict[str, tuple[str, ...]] = {
    "hi": ("कृपया जल्दी मदद करें।", "धन्यवाद।", "जल्दी जवाब दीजिए।", "बहुत परेशानी हो रही है।",
           "आपके जवाब का इंतज़ार रहेगा।"),
    "bn": ("দয়া করে তাড়াতাড়ি সাহায্য করুন।", "ধন্যবাদ।", "তাড়াতাড়ি উত্তর দিন।", "খুব অসুবিধায় আছি।",
           "আপনার উত্তরের অপেক্ষায় রইলাম।"),
}

#: Per language: transcript header, the customer's label and the agent lines of a phone transcript.
TRANSCRIPT: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "en": ("[Call transcript]", "Customer:", AGENT_LINES),
    "hi": ("[कॉल ट्रांसक्रिप्ट]", "ग्राहक:", ("एजेंट: धन्यवाद, आपकी शिकायत दर्ज कर ली गई है।",
                                             "एजेंट: कृपया लाइन पर बने रहिए।")),
    "bn": ("[কল ট্রান্সক্রিপ্ট]", "গ্রাহক:", ("এজেন্ট: ধন্যবাদ, আপনার অভিযোগ নথিভুক্ত করা হয়েছে।",
                                             "এজেন্ট: দয়া করে লাইনে থাকুন।")),
}

# --------------------------------------------------------------------------------------------
# Customers: names and countries. Phone numbers use fictional ranges where a country has one
# (US 555-01xx, UK 07700 900xxx, France 06 39 98 xx xx); elsewhere a zero-padded block that
# is illustrative only.
# --------------------------------------------------------------------------------------------

_IN = Country("IN", ("+91 90000 0####", "+91 80000 0####"), "₹", 99, 4999)
_BD = Country("BD", ("+880 1700-00####",), "৳", 100, 5000)
_KE = Country("KE", ("+254 700 000 ###", "+254 110 000 ###"), "KSh ", 50, 9000)
_UG = Country("UG", ("+256 700 000 ###",), "USh ", 2000, 150000)
_TZ = Country("TZ", ("+255 700 000 ###",), "TSh ", 1000, 90000)
_BR = Country("BR", ("+55 11 90000-0###",), "R$ ", 9, 899, cents=True, decimal_comma=True)
_MX = Country("MX", ("+52 55 0000 0###",), "MX$", 49, 2999, cents=True)
_PE = Country("PE", ("+51 900 000 ###",), "S/ ", 9, 599, cents=True)
_GB = Country("GB", ("+44 7700 900###",), "£", 2, 299, cents=True)
_FR = Country("FR", ("+33 6 39 98 ## ##",), "€", 2, 299, cents=True, decimal_comma=True)
_US = Country("US", ("+1 (202) 555-01##", "+1 (312) 555-01##", "+1 (415) 555-01##", "+1 (646) 555-01##"),
              "$", 2, 399, cents=True)

REGIONS: dict[str, Region] = {
    "india": Region(
        ("Priya", "Anjali", "Sunita", "Kavita", "Rahul", "Amit", "Meena", "Ravi", "Pooja", "Suresh",
         "Lakshmi", "Arjun", "Deepa", "Mohammed", "Farhan", "Gurpreet", "Nisha", "Vikram", "Sanjay",
         "Kiran", "Asha", "Divya", "Imran", "Harish"),
        ("Sharma", "Patel", "Reddy", "Singh", "Nair", "Iyer", "Khan", "Gupta", "Yadav", "Das", "Mehta",
         "Kaur", "Pillai", "Joshi", "Verma", "Chauhan", "Banerjee", "Naidu", "Qureshi", "Menon"),
        (_IN,)),
    "east_africa": Region(
        ("Wanjiru", "Achieng", "Amina", "Baraka", "Juma", "Neema", "Otieno", "Fatuma", "Zawadi", "Kato",
         "Nakato", "Tesfaye", "Halima", "Imani", "Kamau", "Akinyi", "Mercy", "Brian", "Esther", "Moses"),
        ("Mwangi", "Otieno", "Kamau", "Njoroge", "Ochieng", "Hassan", "Mohamed", "Mugisha", "Wekesa",
         "Kiprop", "Chebet", "Bekele", "Mushi", "Massawe", "Namubiru", "Okello"),
        (_KE, _KE, _UG, _TZ)),
    "latin_america": Region(
        ("María", "José", "Camila", "Diego", "Valentina", "Luis", "Ana", "Carlos", "Gabriela", "Mateo",
         "Lucía", "Juan", "Fernanda", "Pedro", "Ximena", "João"),
        ("García", "Rodríguez", "Silva", "Santos", "López", "Hernández", "Pérez", "Gómez", "Oliveira",
         "Souza", "Ramírez", "Torres", "Flores", "Castillo", "Quispe"),
        (_BR, _MX, _PE)),
    "europe": Region(
        ("Anna", "Lukas", "Sophie", "Marco", "Elena", "Jan", "Chloé", "Tomás", "Ingrid", "Piotr",
         "Katarzyna", "Emma", "Giulia", "Niklas", "Siobhan", "Matteo"),
        ("Müller", "Rossi", "Dubois", "Kowalski", "Novak", "Jansen", "Fernández", "Andersson", "Schmidt",
         "Moreau", "Bianchi", "Nowak", "O'Brien", "Horvat", "Lefèvre"),
        (_GB, _FR)),
    "us": Region(
        ("Emily", "Michael", "Jessica", "David", "Ashley", "James", "Sarah", "Robert", "Maria", "Tyler",
         "Brittany", "Kevin", "Jasmine", "Marcus", "DeShawn", "Hannah"),
        ("Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Thomas",
         "Jackson", "White", "Harris", "Martin", "Thompson", "Nguyen", "Rivera"),
        (_US,)),
    "bengali": Region(
        ("Rupa", "Sumon", "Mitali", "Tanvir", "Shampa", "Arif", "Moushumi", "Rina", "Sajal", "Nasrin",
         "Papia", "Anik", "Jharna", "Tanusree"),
        ("Das", "Ghosh", "Mondal", "Biswas", "Roy", "Sarkar", "Akter", "Haque", "Chakraborty", "Paul",
         "Saha", "Hossain", "Pal", "Bhattacharya"),
        (_IN, _BD)),
    "hindi": Region(
        ("Sunita", "Ramesh", "Geeta", "Manoj", "Pooja", "Rajesh", "Savitri", "Dinesh", "Kamla", "Sushil",
         "Neha", "Mukesh", "Anita", "Pankaj"),
        ("Yadav", "Kumar", "Kumari", "Prasad", "Mishra", "Tiwari", "Chauhan", "Verma", "Pandey", "Singh",
         "Gupta", "Rawat", "Devi", "Maurya"),
        (_IN,)),
}

#: Regions of English-writing customers and how often they write.
ENGLISH_REGION_WEIGHTS: dict[str, int] = {"india": 35, "east_africa": 25, "latin_america": 14, "europe": 12,
                                          "us": 14}

EMAIL_DOMAINS: tuple[str, ...] = ("example.com", "example.org", "mail.example.net")
