# A thousand elifs compile.
x = 999
if x == 0:
    pass
elif x == 1:
    print("found", 1)
elif x == 2:
    print("found", 2)
elif x == 3:
    print("found", 3)
elif x == 4:
    print("found", 4)
elif x == 5:
    print("found", 5)
elif x == 6:
    print("found", 6)
elif x == 7:
    print("found", 7)
elif x == 8:
    print("found", 8)
elif x == 9:
    print("found", 9)
elif x == 10:
    print("found", 10)
elif x == 11:
    print("found", 11)
elif x == 12:
    print("found", 12)
elif x == 13:
    print("found", 13)
elif x == 14:
    print("found", 14)
elif x == 15:
    print("found", 15)
elif x == 16:
    print("found", 16)
elif x == 17:
    print("found", 17)
elif x == 18:
    print("found", 18)
elif x == 19:
    print("found", 19)
elif x == 20:
    print("found", 20)
elif x == 21:
    print("found", 21)
elif x == 22:
    print("found", 22)
elif x == 23:
    print("found", 23)
elif x == 24:
    print("found", 24)
elif x == 25:
    print("found", 25)
elif x == 26:
    print("found", 26)
elif x == 27:
    print("found", 27)
elif x == 28:
    print("found", 28)
elif x == 29:
    print("found", 29)
elif x == 30:
    print("found", 30)
elif x == 31:
    print("found", 31)
elif x == 32:
    print("found", 32)
elif x == 33:
    print("found", 33)
elif x == 34:
    print("found", 34)
elif x == 35:
    print("found", 35)
elif x == 36:
    print("found", 36)
elif x == 37:
    print("found", 37)
elif x == 38:
    print("found", 38)
elif x == 39:
    print("found", 39)
elif x == 40:
    print("found", 40)
elif x == 41:
    print("found", 41)
elif x == 42:
    print("found", 42)
elif x == 43:
    print("found", 43)
elif x == 44:
    print("found", 44)
elif x == 45:
    print("found", 45)
elif x == 46:
    print("found", 46)
elif x == 47:
    print("found", 47)
elif x == 48:
    print("found", 48)
elif x == 49:
    print("found", 49)
elif x == 50:
    print("found", 50)
elif x == 51:
    print("found", 51)
elif x == 52:
    print("found", 52)
elif x == 53:
    print("found", 53)
elif x == 54:
    print("found", 54)
elif x == 55:
    print("found", 55)
elif x == 56:
    print("found", 56)
elif x == 57:
    print("found", 57)
elif x == 58:
    print("found", 58)
elif x == 59:
    print("found", 59)
elif x == 60:
    print("found", 60)
elif x == 61:
    print("found", 61)
elif x == 62:
    print("found", 62)
elif x == 63:
    print("found", 63)
elif x == 64:
    print("found", 64)
elif x == 65:
    print("found", 65)
elif x == 66:
    print("found", 66)
elif x == 67:
    print("found", 67)
elif x == 68:
    print("found", 68)
elif x == 69:
    print("found", 69)
elif x == 70:
    print("found", 70)
elif x == 71:
    print("found", 71)
elif x == 72:
    print("found", 72)
elif x == 73:
    print("found", 73)
elif x == 74:
    print("found", 74)
elif x == 75:
    print("found", 75)
elif x == 76:
    print("found", 76)
elif x == 77:
    print("found", 77)
elif x == 78:
    print("found", 78)
elif x == 79:
    print("found", 79)
elif x == 80:
    print("found", 80)
elif x == 81:
    print("found", 81)
elif x == 82:
    print("found", 82)
elif x == 83:
    print("found", 83)
elif x == 84:
    print("found", 84)
elif x == 85:
    print("found", 85)
elif x == 86:
    print("found", 86)
elif x == 87:
    print("found", 87)
elif x == 88:
    print("found", 88)
elif x == 89:
    print("found", 89)
elif x == 90:
    print("found", 90)
elif x == 91:
    print("found", 91)
elif x == 92:
    print("found", 92)
elif x == 93:
    print("found", 93)
elif x == 94:
    print("found", 94)
elif x == 95:
    print("found", 95)
elif x == 96:
    print("found", 96)
elif x == 97:
    print("found", 97)
elif x == 98:
    print("found", 98)
elif x == 99:
    print("found", 99)
elif x == 100:
    print("found", 100)
elif x == 101:
    print("found", 101)
elif x == 102:
    print("found", 102)
elif x == 103:
    print("found", 103)
elif x == 104:
    print("found", 104)
elif x == 105:
    print("found", 105)
elif x == 106:
    print("found", 106)
elif x == 107:
    print("found", 107)
elif x == 108:
    print("found", 108)
elif x == 109:
    print("found", 109)
elif x == 110:
    print("found", 110)
elif x == 111:
    print("found", 111)
elif x == 112:
    print("found", 112)
elif x == 113:
    print("found", 113)
elif x == 114:
    print("found", 114)
elif x == 115:
    print("found", 115)
elif x == 116:
    print("found", 116)
elif x == 117:
    print("found", 117)
elif x == 118:
    print("found", 118)
elif x == 119:
    print("found", 119)
elif x == 120:
    print("found", 120)
elif x == 121:
    print("found", 121)
elif x == 122:
    print("found", 122)
elif x == 123:
    print("found", 123)
elif x == 124:
    print("found", 124)
elif x == 125:
    print("found", 125)
elif x == 126:
    print("found", 126)
elif x == 127:
    print("found", 127)
elif x == 128:
    print("found", 128)
elif x == 129:
    print("found", 129)
elif x == 130:
    print("found", 130)
elif x == 131:
    print("found", 131)
elif x == 132:
    print("found", 132)
elif x == 133:
    print("found", 133)
elif x == 134:
    print("found", 134)
elif x == 135:
    print("found", 135)
elif x == 136:
    print("found", 136)
elif x == 137:
    print("found", 137)
elif x == 138:
    print("found", 138)
elif x == 139:
    print("found", 139)
elif x == 140:
    print("found", 140)
elif x == 141:
    print("found", 141)
elif x == 142:
    print("found", 142)
elif x == 143:
    print("found", 143)
elif x == 144:
    print("found", 144)
elif x == 145:
    print("found", 145)
elif x == 146:
    print("found", 146)
elif x == 147:
    print("found", 147)
elif x == 148:
    print("found", 148)
elif x == 149:
    print("found", 149)
elif x == 150:
    print("found", 150)
elif x == 151:
    print("found", 151)
elif x == 152:
    print("found", 152)
elif x == 153:
    print("found", 153)
elif x == 154:
    print("found", 154)
elif x == 155:
    print("found", 155)
elif x == 156:
    print("found", 156)
elif x == 157:
    print("found", 157)
elif x == 158:
    print("found", 158)
elif x == 159:
    print("found", 159)
elif x == 160:
    print("found", 160)
elif x == 161:
    print("found", 161)
elif x == 162:
    print("found", 162)
elif x == 163:
    print("found", 163)
elif x == 164:
    print("found", 164)
elif x == 165:
    print("found", 165)
elif x == 166:
    print("found", 166)
elif x == 167:
    print("found", 167)
elif x == 168:
    print("found", 168)
elif x == 169:
    print("found", 169)
elif x == 170:
    print("found", 170)
elif x == 171:
    print("found", 171)
elif x == 172:
    print("found", 172)
elif x == 173:
    print("found", 173)
elif x == 174:
    print("found", 174)
elif x == 175:
    print("found", 175)
elif x == 176:
    print("found", 176)
elif x == 177:
    print("found", 177)
elif x == 178:
    print("found", 178)
elif x == 179:
    print("found", 179)
elif x == 180:
    print("found", 180)
elif x == 181:
    print("found", 181)
elif x == 182:
    print("found", 182)
elif x == 183:
    print("found", 183)
elif x == 184:
    print("found", 184)
elif x == 185:
    print("found", 185)
elif x == 186:
    print("found", 186)
elif x == 187:
    print("found", 187)
elif x == 188:
    print("found", 188)
elif x == 189:
    print("found", 189)
elif x == 190:
    print("found", 190)
elif x == 191:
    print("found", 191)
elif x == 192:
    print("found", 192)
elif x == 193:
    print("found", 193)
elif x == 194:
    print("found", 194)
elif x == 195:
    print("found", 195)
elif x == 196:
    print("found", 196)
elif x == 197:
    print("found", 197)
elif x == 198:
    print("found", 198)
elif x == 199:
    print("found", 199)
elif x == 200:
    print("found", 200)
elif x == 201:
    print("found", 201)
elif x == 202:
    print("found", 202)
elif x == 203:
    print("found", 203)
elif x == 204:
    print("found", 204)
elif x == 205:
    print("found", 205)
elif x == 206:
    print("found", 206)
elif x == 207:
    print("found", 207)
elif x == 208:
    print("found", 208)
elif x == 209:
    print("found", 209)
elif x == 210:
    print("found", 210)
elif x == 211:
    print("found", 211)
elif x == 212:
    print("found", 212)
elif x == 213:
    print("found", 213)
elif x == 214:
    print("found", 214)
elif x == 215:
    print("found", 215)
elif x == 216:
    print("found", 216)
elif x == 217:
    print("found", 217)
elif x == 218:
    print("found", 218)
elif x == 219:
    print("found", 219)
elif x == 220:
    print("found", 220)
elif x == 221:
    print("found", 221)
elif x == 222:
    print("found", 222)
elif x == 223:
    print("found", 223)
elif x == 224:
    print("found", 224)
elif x == 225:
    print("found", 225)
elif x == 226:
    print("found", 226)
elif x == 227:
    print("found", 227)
elif x == 228:
    print("found", 228)
elif x == 229:
    print("found", 229)
elif x == 230:
    print("found", 230)
elif x == 231:
    print("found", 231)
elif x == 232:
    print("found", 232)
elif x == 233:
    print("found", 233)
elif x == 234:
    print("found", 234)
elif x == 235:
    print("found", 235)
elif x == 236:
    print("found", 236)
elif x == 237:
    print("found", 237)
elif x == 238:
    print("found", 238)
elif x == 239:
    print("found", 239)
elif x == 240:
    print("found", 240)
elif x == 241:
    print("found", 241)
elif x == 242:
    print("found", 242)
elif x == 243:
    print("found", 243)
elif x == 244:
    print("found", 244)
elif x == 245:
    print("found", 245)
elif x == 246:
    print("found", 246)
elif x == 247:
    print("found", 247)
elif x == 248:
    print("found", 248)
elif x == 249:
    print("found", 249)
elif x == 250:
    print("found", 250)
elif x == 251:
    print("found", 251)
elif x == 252:
    print("found", 252)
elif x == 253:
    print("found", 253)
elif x == 254:
    print("found", 254)
elif x == 255:
    print("found", 255)
elif x == 256:
    print("found", 256)
elif x == 257:
    print("found", 257)
elif x == 258:
    print("found", 258)
elif x == 259:
    print("found", 259)
elif x == 260:
    print("found", 260)
elif x == 261:
    print("found", 261)
elif x == 262:
    print("found", 262)
elif x == 263:
    print("found", 263)
elif x == 264:
    print("found", 264)
elif x == 265:
    print("found", 265)
elif x == 266:
    print("found", 266)
elif x == 267:
    print("found", 267)
elif x == 268:
    print("found", 268)
elif x == 269:
    print("found", 269)
elif x == 270:
    print("found", 270)
elif x == 271:
    print("found", 271)
elif x == 272:
    print("found", 272)
elif x == 273:
    print("found", 273)
elif x == 274:
    print("found", 274)
elif x == 275:
    print("found", 275)
elif x == 276:
    print("found", 276)
elif x == 277:
    print("found", 277)
elif x == 278:
    print("found", 278)
elif x == 279:
    print("found", 279)
elif x == 280:
    print("found", 280)
elif x == 281:
    print("found", 281)
elif x == 282:
    print("found", 282)
elif x == 283:
    print("found", 283)
elif x == 284:
    print("found", 284)
elif x == 285:
    print("found", 285)
elif x == 286:
    print("found", 286)
elif x == 287:
    print("found", 287)
elif x == 288:
    print("found", 288)
elif x == 289:
    print("found", 289)
elif x == 290:
    print("found", 290)
elif x == 291:
    print("found", 291)
elif x == 292:
    print("found", 292)
elif x == 293:
    print("found", 293)
elif x == 294:
    print("found", 294)
elif x == 295:
    print("found", 295)
elif x == 296:
    print("found", 296)
elif x == 297:
    print("found", 297)
elif x == 298:
    print("found", 298)
elif x == 299:
    print("found", 299)
elif x == 300:
    print("found", 300)
elif x == 301:
    print("found", 301)
elif x == 302:
    print("found", 302)
elif x == 303:
    print("found", 303)
elif x == 304:
    print("found", 304)
elif x == 305:
    print("found", 305)
elif x == 306:
    print("found", 306)
elif x == 307:
    print("found", 307)
elif x == 308:
    print("found", 308)
elif x == 309:
    print("found", 309)
elif x == 310:
    print("found", 310)
elif x == 311:
    print("found", 311)
elif x == 312:
    print("found", 312)
elif x == 313:
    print("found", 313)
elif x == 314:
    print("found", 314)
elif x == 315:
    print("found", 315)
elif x == 316:
    print("found", 316)
elif x == 317:
    print("found", 317)
elif x == 318:
    print("found", 318)
elif x == 319:
    print("found", 319)
elif x == 320:
    print("found", 320)
elif x == 321:
    print("found", 321)
elif x == 322:
    print("found", 322)
elif x == 323:
    print("found", 323)
elif x == 324:
    print("found", 324)
elif x == 325:
    print("found", 325)
elif x == 326:
    print("found", 326)
elif x == 327:
    print("found", 327)
elif x == 328:
    print("found", 328)
elif x == 329:
    print("found", 329)
elif x == 330:
    print("found", 330)
elif x == 331:
    print("found", 331)
elif x == 332:
    print("found", 332)
elif x == 333:
    print("found", 333)
elif x == 334:
    print("found", 334)
elif x == 335:
    print("found", 335)
elif x == 336:
    print("found", 336)
elif x == 337:
    print("found", 337)
elif x == 338:
    print("found", 338)
elif x == 339:
    print("found", 339)
elif x == 340:
    print("found", 340)
elif x == 341:
    print("found", 341)
elif x == 342:
    print("found", 342)
elif x == 343:
    print("found", 343)
elif x == 344:
    print("found", 344)
elif x == 345:
    print("found", 345)
elif x == 346:
    print("found", 346)
elif x == 347:
    print("found", 347)
elif x == 348:
    print("found", 348)
elif x == 349:
    print("found", 349)
elif x == 350:
    print("found", 350)
elif x == 351:
    print("found", 351)
elif x == 352:
    print("found", 352)
elif x == 353:
    print("found", 353)
elif x == 354:
    print("found", 354)
elif x == 355:
    print("found", 355)
elif x == 356:
    print("found", 356)
elif x == 357:
    print("found", 357)
elif x == 358:
    print("found", 358)
elif x == 359:
    print("found", 359)
elif x == 360:
    print("found", 360)
elif x == 361:
    print("found", 361)
elif x == 362:
    print("found", 362)
elif x == 363:
    print("found", 363)
elif x == 364:
    print("found", 364)
elif x == 365:
    print("found", 365)
elif x == 366:
    print("found", 366)
elif x == 367:
    print("found", 367)
elif x == 368:
    print("found", 368)
elif x == 369:
    print("found", 369)
elif x == 370:
    print("found", 370)
elif x == 371:
    print("found", 371)
elif x == 372:
    print("found", 372)
elif x == 373:
    print("found", 373)
elif x == 374:
    print("found", 374)
elif x == 375:
    print("found", 375)
elif x == 376:
    print("found", 376)
elif x == 377:
    print("found", 377)
elif x == 378:
    print("found", 378)
elif x == 379:
    print("found", 379)
elif x == 380:
    print("found", 380)
elif x == 381:
    print("found", 381)
elif x == 382:
    print("found", 382)
elif x == 383:
    print("found", 383)
elif x == 384:
    print("found", 384)
elif x == 385:
    print("found", 385)
elif x == 386:
    print("found", 386)
elif x == 387:
    print("found", 387)
elif x == 388:
    print("found", 388)
elif x == 389:
    print("found", 389)
elif x == 390:
    print("found", 390)
elif x == 391:
    print("found", 391)
elif x == 392:
    print("found", 392)
elif x == 393:
    print("found", 393)
elif x == 394:
    print("found", 394)
elif x == 395:
    print("found", 395)
elif x == 396:
    print("found", 396)
elif x == 397:
    print("found", 397)
elif x == 398:
    print("found", 398)
elif x == 399:
    print("found", 399)
elif x == 400:
    print("found", 400)
elif x == 401:
    print("found", 401)
elif x == 402:
    print("found", 402)
elif x == 403:
    print("found", 403)
elif x == 404:
    print("found", 404)
elif x == 405:
    print("found", 405)
elif x == 406:
    print("found", 406)
elif x == 407:
    print("found", 407)
elif x == 408:
    print("found", 408)
elif x == 409:
    print("found", 409)
elif x == 410:
    print("found", 410)
elif x == 411:
    print("found", 411)
elif x == 412:
    print("found", 412)
elif x == 413:
    print("found", 413)
elif x == 414:
    print("found", 414)
elif x == 415:
    print("found", 415)
elif x == 416:
    print("found", 416)
elif x == 417:
    print("found", 417)
elif x == 418:
    print("found", 418)
elif x == 419:
    print("found", 419)
elif x == 420:
    print("found", 420)
elif x == 421:
    print("found", 421)
elif x == 422:
    print("found", 422)
elif x == 423:
    print("found", 423)
elif x == 424:
    print("found", 424)
elif x == 425:
    print("found", 425)
elif x == 426:
    print("found", 426)
elif x == 427:
    print("found", 427)
elif x == 428:
    print("found", 428)
elif x == 429:
    print("found", 429)
elif x == 430:
    print("found", 430)
elif x == 431:
    print("found", 431)
elif x == 432:
    print("found", 432)
elif x == 433:
    print("found", 433)
elif x == 434:
    print("found", 434)
elif x == 435:
    print("found", 435)
elif x == 436:
    print("found", 436)
elif x == 437:
    print("found", 437)
elif x == 438:
    print("found", 438)
elif x == 439:
    print("found", 439)
elif x == 440:
    print("found", 440)
elif x == 441:
    print("found", 441)
elif x == 442:
    print("found", 442)
elif x == 443:
    print("found", 443)
elif x == 444:
    print("found", 444)
elif x == 445:
    print("found", 445)
elif x == 446:
    print("found", 446)
elif x == 447:
    print("found", 447)
elif x == 448:
    print("found", 448)
elif x == 449:
    print("found", 449)
elif x == 450:
    print("found", 450)
elif x == 451:
    print("found", 451)
elif x == 452:
    print("found", 452)
elif x == 453:
    print("found", 453)
elif x == 454:
    print("found", 454)
elif x == 455:
    print("found", 455)
elif x == 456:
    print("found", 456)
elif x == 457:
    print("found", 457)
elif x == 458:
    print("found", 458)
elif x == 459:
    print("found", 459)
elif x == 460:
    print("found", 460)
elif x == 461:
    print("found", 461)
elif x == 462:
    print("found", 462)
elif x == 463:
    print("found", 463)
elif x == 464:
    print("found", 464)
elif x == 465:
    print("found", 465)
elif x == 466:
    print("found", 466)
elif x == 467:
    print("found", 467)
elif x == 468:
    print("found", 468)
elif x == 469:
    print("found", 469)
elif x == 470:
    print("found", 470)
elif x == 471:
    print("found", 471)
elif x == 472:
    print("found", 472)
elif x == 473:
    print("found", 473)
elif x == 474:
    print("found", 474)
elif x == 475:
    print("found", 475)
elif x == 476:
    print("found", 476)
elif x == 477:
    print("found", 477)
elif x == 478:
    print("found", 478)
elif x == 479:
    print("found", 479)
elif x == 480:
    print("found", 480)
elif x == 481:
    print("found", 481)
elif x == 482:
    print("found", 482)
elif x == 483:
    print("found", 483)
elif x == 484:
    print("found", 484)
elif x == 485:
    print("found", 485)
elif x == 486:
    print("found", 486)
elif x == 487:
    print("found", 487)
elif x == 488:
    print("found", 488)
elif x == 489:
    print("found", 489)
elif x == 490:
    print("found", 490)
elif x == 491:
    print("found", 491)
elif x == 492:
    print("found", 492)
elif x == 493:
    print("found", 493)
elif x == 494:
    print("found", 494)
elif x == 495:
    print("found", 495)
elif x == 496:
    print("found", 496)
elif x == 497:
    print("found", 497)
elif x == 498:
    print("found", 498)
elif x == 499:
    print("found", 499)
elif x == 500:
    print("found", 500)
elif x == 501:
    print("found", 501)
elif x == 502:
    print("found", 502)
elif x == 503:
    print("found", 503)
elif x == 504:
    print("found", 504)
elif x == 505:
    print("found", 505)
elif x == 506:
    print("found", 506)
elif x == 507:
    print("found", 507)
elif x == 508:
    print("found", 508)
elif x == 509:
    print("found", 509)
elif x == 510:
    print("found", 510)
elif x == 511:
    print("found", 511)
elif x == 512:
    print("found", 512)
elif x == 513:
    print("found", 513)
elif x == 514:
    print("found", 514)
elif x == 515:
    print("found", 515)
elif x == 516:
    print("found", 516)
elif x == 517:
    print("found", 517)
elif x == 518:
    print("found", 518)
elif x == 519:
    print("found", 519)
elif x == 520:
    print("found", 520)
elif x == 521:
    print("found", 521)
elif x == 522:
    print("found", 522)
elif x == 523:
    print("found", 523)
elif x == 524:
    print("found", 524)
elif x == 525:
    print("found", 525)
elif x == 526:
    print("found", 526)
elif x == 527:
    print("found", 527)
elif x == 528:
    print("found", 528)
elif x == 529:
    print("found", 529)
elif x == 530:
    print("found", 530)
elif x == 531:
    print("found", 531)
elif x == 532:
    print("found", 532)
elif x == 533:
    print("found", 533)
elif x == 534:
    print("found", 534)
elif x == 535:
    print("found", 535)
elif x == 536:
    print("found", 536)
elif x == 537:
    print("found", 537)
elif x == 538:
    print("found", 538)
elif x == 539:
    print("found", 539)
elif x == 540:
    print("found", 540)
elif x == 541:
    print("found", 541)
elif x == 542:
    print("found", 542)
elif x == 543:
    print("found", 543)
elif x == 544:
    print("found", 544)
elif x == 545:
    print("found", 545)
elif x == 546:
    print("found", 546)
elif x == 547:
    print("found", 547)
elif x == 548:
    print("found", 548)
elif x == 549:
    print("found", 549)
elif x == 550:
    print("found", 550)
elif x == 551:
    print("found", 551)
elif x == 552:
    print("found", 552)
elif x == 553:
    print("found", 553)
elif x == 554:
    print("found", 554)
elif x == 555:
    print("found", 555)
elif x == 556:
    print("found", 556)
elif x == 557:
    print("found", 557)
elif x == 558:
    print("found", 558)
elif x == 559:
    print("found", 559)
elif x == 560:
    print("found", 560)
elif x == 561:
    print("found", 561)
elif x == 562:
    print("found", 562)
elif x == 563:
    print("found", 563)
elif x == 564:
    print("found", 564)
elif x == 565:
    print("found", 565)
elif x == 566:
    print("found", 566)
elif x == 567:
    print("found", 567)
elif x == 568:
    print("found", 568)
elif x == 569:
    print("found", 569)
elif x == 570:
    print("found", 570)
elif x == 571:
    print("found", 571)
elif x == 572:
    print("found", 572)
elif x == 573:
    print("found", 573)
elif x == 574:
    print("found", 574)
elif x == 575:
    print("found", 575)
elif x == 576:
    print("found", 576)
elif x == 577:
    print("found", 577)
elif x == 578:
    print("found", 578)
elif x == 579:
    print("found", 579)
elif x == 580:
    print("found", 580)
elif x == 581:
    print("found", 581)
elif x == 582:
    print("found", 582)
elif x == 583:
    print("found", 583)
elif x == 584:
    print("found", 584)
elif x == 585:
    print("found", 585)
elif x == 586:
    print("found", 586)
elif x == 587:
    print("found", 587)
elif x == 588:
    print("found", 588)
elif x == 589:
    print("found", 589)
elif x == 590:
    print("found", 590)
elif x == 591:
    print("found", 591)
elif x == 592:
    print("found", 592)
elif x == 593:
    print("found", 593)
elif x == 594:
    print("found", 594)
elif x == 595:
    print("found", 595)
elif x == 596:
    print("found", 596)
elif x == 597:
    print("found", 597)
elif x == 598:
    print("found", 598)
elif x == 599:
    print("found", 599)
elif x == 600:
    print("found", 600)
elif x == 601:
    print("found", 601)
elif x == 602:
    print("found", 602)
elif x == 603:
    print("found", 603)
elif x == 604:
    print("found", 604)
elif x == 605:
    print("found", 605)
elif x == 606:
    print("found", 606)
elif x == 607:
    print("found", 607)
elif x == 608:
    print("found", 608)
elif x == 609:
    print("found", 609)
elif x == 610:
    print("found", 610)
elif x == 611:
    print("found", 611)
elif x == 612:
    print("found", 612)
elif x == 613:
    print("found", 613)
elif x == 614:
    print("found", 614)
elif x == 615:
    print("found", 615)
elif x == 616:
    print("found", 616)
elif x == 617:
    print("found", 617)
elif x == 618:
    print("found", 618)
elif x == 619:
    print("found", 619)
elif x == 620:
    print("found", 620)
elif x == 621:
    print("found", 621)
elif x == 622:
    print("found", 622)
elif x == 623:
    print("found", 623)
elif x == 624:
    print("found", 624)
elif x == 625:
    print("found", 625)
elif x == 626:
    print("found", 626)
elif x == 627:
    print("found", 627)
elif x == 628:
    print("found", 628)
elif x == 629:
    print("found", 629)
elif x == 630:
    print("found", 630)
elif x == 631:
    print("found", 631)
elif x == 632:
    print("found", 632)
elif x == 633:
    print("found", 633)
elif x == 634:
    print("found", 634)
elif x == 635:
    print("found", 635)
elif x == 636:
    print("found", 636)
elif x == 637:
    print("found", 637)
elif x == 638:
    print("found", 638)
elif x == 639:
    print("found", 639)
elif x == 640:
    print("found", 640)
elif x == 641:
    print("found", 641)
elif x == 642:
    print("found", 642)
elif x == 643:
    print("found", 643)
elif x == 644:
    print("found", 644)
elif x == 645:
    print("found", 645)
elif x == 646:
    print("found", 646)
elif x == 647:
    print("found", 647)
elif x == 648:
    print("found", 648)
elif x == 649:
    print("found", 649)
elif x == 650:
    print("found", 650)
elif x == 651:
    print("found", 651)
elif x == 652:
    print("found", 652)
elif x == 653:
    print("found", 653)
elif x == 654:
    print("found", 654)
elif x == 655:
    print("found", 655)
elif x == 656:
    print("found", 656)
elif x == 657:
    print("found", 657)
elif x == 658:
    print("found", 658)
elif x == 659:
    print("found", 659)
elif x == 660:
    print("found", 660)
elif x == 661:
    print("found", 661)
elif x == 662:
    print("found", 662)
elif x == 663:
    print("found", 663)
elif x == 664:
    print("found", 664)
elif x == 665:
    print("found", 665)
elif x == 666:
    print("found", 666)
elif x == 667:
    print("found", 667)
elif x == 668:
    print("found", 668)
elif x == 669:
    print("found", 669)
elif x == 670:
    print("found", 670)
elif x == 671:
    print("found", 671)
elif x == 672:
    print("found", 672)
elif x == 673:
    print("found", 673)
elif x == 674:
    print("found", 674)
elif x == 675:
    print("found", 675)
elif x == 676:
    print("found", 676)
elif x == 677:
    print("found", 677)
elif x == 678:
    print("found", 678)
elif x == 679:
    print("found", 679)
elif x == 680:
    print("found", 680)
elif x == 681:
    print("found", 681)
elif x == 682:
    print("found", 682)
elif x == 683:
    print("found", 683)
elif x == 684:
    print("found", 684)
elif x == 685:
    print("found", 685)
elif x == 686:
    print("found", 686)
elif x == 687:
    print("found", 687)
elif x == 688:
    print("found", 688)
elif x == 689:
    print("found", 689)
elif x == 690:
    print("found", 690)
elif x == 691:
    print("found", 691)
elif x == 692:
    print("found", 692)
elif x == 693:
    print("found", 693)
elif x == 694:
    print("found", 694)
elif x == 695:
    print("found", 695)
elif x == 696:
    print("found", 696)
elif x == 697:
    print("found", 697)
elif x == 698:
    print("found", 698)
elif x == 699:
    print("found", 699)
elif x == 700:
    print("found", 700)
elif x == 701:
    print("found", 701)
elif x == 702:
    print("found", 702)
elif x == 703:
    print("found", 703)
elif x == 704:
    print("found", 704)
elif x == 705:
    print("found", 705)
elif x == 706:
    print("found", 706)
elif x == 707:
    print("found", 707)
elif x == 708:
    print("found", 708)
elif x == 709:
    print("found", 709)
elif x == 710:
    print("found", 710)
elif x == 711:
    print("found", 711)
elif x == 712:
    print("found", 712)
elif x == 713:
    print("found", 713)
elif x == 714:
    print("found", 714)
elif x == 715:
    print("found", 715)
elif x == 716:
    print("found", 716)
elif x == 717:
    print("found", 717)
elif x == 718:
    print("found", 718)
elif x == 719:
    print("found", 719)
elif x == 720:
    print("found", 720)
elif x == 721:
    print("found", 721)
elif x == 722:
    print("found", 722)
elif x == 723:
    print("found", 723)
elif x == 724:
    print("found", 724)
elif x == 725:
    print("found", 725)
elif x == 726:
    print("found", 726)
elif x == 727:
    print("found", 727)
elif x == 728:
    print("found", 728)
elif x == 729:
    print("found", 729)
elif x == 730:
    print("found", 730)
elif x == 731:
    print("found", 731)
elif x == 732:
    print("found", 732)
elif x == 733:
    print("found", 733)
elif x == 734:
    print("found", 734)
elif x == 735:
    print("found", 735)
elif x == 736:
    print("found", 736)
elif x == 737:
    print("found", 737)
elif x == 738:
    print("found", 738)
elif x == 739:
    print("found", 739)
elif x == 740:
    print("found", 740)
elif x == 741:
    print("found", 741)
elif x == 742:
    print("found", 742)
elif x == 743:
    print("found", 743)
elif x == 744:
    print("found", 744)
elif x == 745:
    print("found", 745)
elif x == 746:
    print("found", 746)
elif x == 747:
    print("found", 747)
elif x == 748:
    print("found", 748)
elif x == 749:
    print("found", 749)
elif x == 750:
    print("found", 750)
elif x == 751:
    print("found", 751)
elif x == 752:
    print("found", 752)
elif x == 753:
    print("found", 753)
elif x == 754:
    print("found", 754)
elif x == 755:
    print("found", 755)
elif x == 756:
    print("found", 756)
elif x == 757:
    print("found", 757)
elif x == 758:
    print("found", 758)
elif x == 759:
    print("found", 759)
elif x == 760:
    print("found", 760)
elif x == 761:
    print("found", 761)
elif x == 762:
    print("found", 762)
elif x == 763:
    print("found", 763)
elif x == 764:
    print("found", 764)
elif x == 765:
    print("found", 765)
elif x == 766:
    print("found", 766)
elif x == 767:
    print("found", 767)
elif x == 768:
    print("found", 768)
elif x == 769:
    print("found", 769)
elif x == 770:
    print("found", 770)
elif x == 771:
    print("found", 771)
elif x == 772:
    print("found", 772)
elif x == 773:
    print("found", 773)
elif x == 774:
    print("found", 774)
elif x == 775:
    print("found", 775)
elif x == 776:
    print("found", 776)
elif x == 777:
    print("found", 777)
elif x == 778:
    print("found", 778)
elif x == 779:
    print("found", 779)
elif x == 780:
    print("found", 780)
elif x == 781:
    print("found", 781)
elif x == 782:
    print("found", 782)
elif x == 783:
    print("found", 783)
elif x == 784:
    print("found", 784)
elif x == 785:
    print("found", 785)
elif x == 786:
    print("found", 786)
elif x == 787:
    print("found", 787)
elif x == 788:
    print("found", 788)
elif x == 789:
    print("found", 789)
elif x == 790:
    print("found", 790)
elif x == 791:
    print("found", 791)
elif x == 792:
    print("found", 792)
elif x == 793:
    print("found", 793)
elif x == 794:
    print("found", 794)
elif x == 795:
    print("found", 795)
elif x == 796:
    print("found", 796)
elif x == 797:
    print("found", 797)
elif x == 798:
    print("found", 798)
elif x == 799:
    print("found", 799)
elif x == 800:
    print("found", 800)
elif x == 801:
    print("found", 801)
elif x == 802:
    print("found", 802)
elif x == 803:
    print("found", 803)
elif x == 804:
    print("found", 804)
elif x == 805:
    print("found", 805)
elif x == 806:
    print("found", 806)
elif x == 807:
    print("found", 807)
elif x == 808:
    print("found", 808)
elif x == 809:
    print("found", 809)
elif x == 810:
    print("found", 810)
elif x == 811:
    print("found", 811)
elif x == 812:
    print("found", 812)
elif x == 813:
    print("found", 813)
elif x == 814:
    print("found", 814)
elif x == 815:
    print("found", 815)
elif x == 816:
    print("found", 816)
elif x == 817:
    print("found", 817)
elif x == 818:
    print("found", 818)
elif x == 819:
    print("found", 819)
elif x == 820:
    print("found", 820)
elif x == 821:
    print("found", 821)
elif x == 822:
    print("found", 822)
elif x == 823:
    print("found", 823)
elif x == 824:
    print("found", 824)
elif x == 825:
    print("found", 825)
elif x == 826:
    print("found", 826)
elif x == 827:
    print("found", 827)
elif x == 828:
    print("found", 828)
elif x == 829:
    print("found", 829)
elif x == 830:
    print("found", 830)
elif x == 831:
    print("found", 831)
elif x == 832:
    print("found", 832)
elif x == 833:
    print("found", 833)
elif x == 834:
    print("found", 834)
elif x == 835:
    print("found", 835)
elif x == 836:
    print("found", 836)
elif x == 837:
    print("found", 837)
elif x == 838:
    print("found", 838)
elif x == 839:
    print("found", 839)
elif x == 840:
    print("found", 840)
elif x == 841:
    print("found", 841)
elif x == 842:
    print("found", 842)
elif x == 843:
    print("found", 843)
elif x == 844:
    print("found", 844)
elif x == 845:
    print("found", 845)
elif x == 846:
    print("found", 846)
elif x == 847:
    print("found", 847)
elif x == 848:
    print("found", 848)
elif x == 849:
    print("found", 849)
elif x == 850:
    print("found", 850)
elif x == 851:
    print("found", 851)
elif x == 852:
    print("found", 852)
elif x == 853:
    print("found", 853)
elif x == 854:
    print("found", 854)
elif x == 855:
    print("found", 855)
elif x == 856:
    print("found", 856)
elif x == 857:
    print("found", 857)
elif x == 858:
    print("found", 858)
elif x == 859:
    print("found", 859)
elif x == 860:
    print("found", 860)
elif x == 861:
    print("found", 861)
elif x == 862:
    print("found", 862)
elif x == 863:
    print("found", 863)
elif x == 864:
    print("found", 864)
elif x == 865:
    print("found", 865)
elif x == 866:
    print("found", 866)
elif x == 867:
    print("found", 867)
elif x == 868:
    print("found", 868)
elif x == 869:
    print("found", 869)
elif x == 870:
    print("found", 870)
elif x == 871:
    print("found", 871)
elif x == 872:
    print("found", 872)
elif x == 873:
    print("found", 873)
elif x == 874:
    print("found", 874)
elif x == 875:
    print("found", 875)
elif x == 876:
    print("found", 876)
elif x == 877:
    print("found", 877)
elif x == 878:
    print("found", 878)
elif x == 879:
    print("found", 879)
elif x == 880:
    print("found", 880)
elif x == 881:
    print("found", 881)
elif x == 882:
    print("found", 882)
elif x == 883:
    print("found", 883)
elif x == 884:
    print("found", 884)
elif x == 885:
    print("found", 885)
elif x == 886:
    print("found", 886)
elif x == 887:
    print("found", 887)
elif x == 888:
    print("found", 888)
elif x == 889:
    print("found", 889)
elif x == 890:
    print("found", 890)
elif x == 891:
    print("found", 891)
elif x == 892:
    print("found", 892)
elif x == 893:
    print("found", 893)
elif x == 894:
    print("found", 894)
elif x == 895:
    print("found", 895)
elif x == 896:
    print("found", 896)
elif x == 897:
    print("found", 897)
elif x == 898:
    print("found", 898)
elif x == 899:
    print("found", 899)
elif x == 900:
    print("found", 900)
elif x == 901:
    print("found", 901)
elif x == 902:
    print("found", 902)
elif x == 903:
    print("found", 903)
elif x == 904:
    print("found", 904)
elif x == 905:
    print("found", 905)
elif x == 906:
    print("found", 906)
elif x == 907:
    print("found", 907)
elif x == 908:
    print("found", 908)
elif x == 909:
    print("found", 909)
elif x == 910:
    print("found", 910)
elif x == 911:
    print("found", 911)
elif x == 912:
    print("found", 912)
elif x == 913:
    print("found", 913)
elif x == 914:
    print("found", 914)
elif x == 915:
    print("found", 915)
elif x == 916:
    print("found", 916)
elif x == 917:
    print("found", 917)
elif x == 918:
    print("found", 918)
elif x == 919:
    print("found", 919)
elif x == 920:
    print("found", 920)
elif x == 921:
    print("found", 921)
elif x == 922:
    print("found", 922)
elif x == 923:
    print("found", 923)
elif x == 924:
    print("found", 924)
elif x == 925:
    print("found", 925)
elif x == 926:
    print("found", 926)
elif x == 927:
    print("found", 927)
elif x == 928:
    print("found", 928)
elif x == 929:
    print("found", 929)
elif x == 930:
    print("found", 930)
elif x == 931:
    print("found", 931)
elif x == 932:
    print("found", 932)
elif x == 933:
    print("found", 933)
elif x == 934:
    print("found", 934)
elif x == 935:
    print("found", 935)
elif x == 936:
    print("found", 936)
elif x == 937:
    print("found", 937)
elif x == 938:
    print("found", 938)
elif x == 939:
    print("found", 939)
elif x == 940:
    print("found", 940)
elif x == 941:
    print("found", 941)
elif x == 942:
    print("found", 942)
elif x == 943:
    print("found", 943)
elif x == 944:
    print("found", 944)
elif x == 945:
    print("found", 945)
elif x == 946:
    print("found", 946)
elif x == 947:
    print("found", 947)
elif x == 948:
    print("found", 948)
elif x == 949:
    print("found", 949)
elif x == 950:
    print("found", 950)
elif x == 951:
    print("found", 951)
elif x == 952:
    print("found", 952)
elif x == 953:
    print("found", 953)
elif x == 954:
    print("found", 954)
elif x == 955:
    print("found", 955)
elif x == 956:
    print("found", 956)
elif x == 957:
    print("found", 957)
elif x == 958:
    print("found", 958)
elif x == 959:
    print("found", 959)
elif x == 960:
    print("found", 960)
elif x == 961:
    print("found", 961)
elif x == 962:
    print("found", 962)
elif x == 963:
    print("found", 963)
elif x == 964:
    print("found", 964)
elif x == 965:
    print("found", 965)
elif x == 966:
    print("found", 966)
elif x == 967:
    print("found", 967)
elif x == 968:
    print("found", 968)
elif x == 969:
    print("found", 969)
elif x == 970:
    print("found", 970)
elif x == 971:
    print("found", 971)
elif x == 972:
    print("found", 972)
elif x == 973:
    print("found", 973)
elif x == 974:
    print("found", 974)
elif x == 975:
    print("found", 975)
elif x == 976:
    print("found", 976)
elif x == 977:
    print("found", 977)
elif x == 978:
    print("found", 978)
elif x == 979:
    print("found", 979)
elif x == 980:
    print("found", 980)
elif x == 981:
    print("found", 981)
elif x == 982:
    print("found", 982)
elif x == 983:
    print("found", 983)
elif x == 984:
    print("found", 984)
elif x == 985:
    print("found", 985)
elif x == 986:
    print("found", 986)
elif x == 987:
    print("found", 987)
elif x == 988:
    print("found", 988)
elif x == 989:
    print("found", 989)
elif x == 990:
    print("found", 990)
elif x == 991:
    print("found", 991)
elif x == 992:
    print("found", 992)
elif x == 993:
    print("found", 993)
elif x == 994:
    print("found", 994)
elif x == 995:
    print("found", 995)
elif x == 996:
    print("found", 996)
elif x == 997:
    print("found", 997)
elif x == 998:
    print("found", 998)
elif x == 999:
    print("found", 999)
