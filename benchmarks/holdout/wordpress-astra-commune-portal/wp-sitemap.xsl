<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:sitemap="http://www.sitemaps.org/schemas/sitemap/0.9" exclude-result-prefixes="sitemap">
	<xsl:output method="html" encoding="UTF-8" indent="yes" />
	<xsl:template match="/"><html lang="vi"><head><title>Sơ đồ trang web XML</title></head><body><h1>Sơ đồ trang web XML</h1><p>Sơ đồ trang web XML này được tạo bởi WordPress để các công cụ tìm kiếm như Google dễ dàng tìm thấy nội dung của bạn.</p></body></html></xsl:template>
</xsl:stylesheet>
