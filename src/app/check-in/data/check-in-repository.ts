import { Injectable } from '@angular/core';
import { Repository } from '../../core/db/repository';
import { CheckIn } from '../domain/check-in';

/** Check-ins keyed by their shift-aware local day. */
@Injectable({ providedIn: 'root' })
export class CheckInRepository extends Repository<CheckIn, string> {
  protected readonly storeName = 'checkins';

  protected keyOf(checkIn: CheckIn): string {
    return checkIn.day;
  }
}
