# packaging: see installer/
